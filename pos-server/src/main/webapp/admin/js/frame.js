// The frame around every page once signed in: top bar (product, branch, language, who, sign out), the
// navigation, and the branch's live event stream, which it hands to the page on show.
import { h, replace } from "./dom.js";
import { api, describe } from "./api.js";
import { t } from "./i18n.js";
import { languageSwitch } from "./language.js";
import { BranchEvents } from "./events.js";
import * as dashboard from "./pages/dashboard.js";
import * as orders from "./pages/orders.js";
import * as stock from "./pages/stock.js";
import * as terminals from "./pages/terminals.js";
import * as rates from "./pages/rates.js";
import * as branches from "./pages/branches.js";
import * as staff from "./pages/staff.js";
import * as conflicts from "./pages/conflicts.js";
import * as shifts from "./pages/shifts.js";
import * as audit from "./pages/audit.js";

import * as menu from "./pages/menu.js";
import * as floor from "./pages/floor.js";
import * as printing from "./pages/printing.js";

const PAGES = [dashboard, orders, terminals, conflicts, menu, floor, printing, stock, rates, staff, shifts, audit, branches];
const BRANCH_KEY = "cedarpos.admin.branch";

export class Frame {
  /** session: the answer of /api/session; onSignOut(): back to the sign-in page. */
  constructor(root, session, onSignOut) {
    this.root = root;
    this.session = session;
    this.onSignOut = onSignOut;
    this.branches = [];
    this.branch = null;
    this.page = null;
    this.events = new BranchEvents((type, data) => this.page?.onEvent?.(type, data));
    this.onHash = () => this.show();
    window.addEventListener("hashchange", this.onHash);
  }

  isAdmin() {
    return this.session.roles.includes("admin");
  }

  pages() {
    return PAGES.filter((page) => !page.adminOnly || this.isAdmin());
  }

  /** Reads the caller's branches, picks the remembered one, and shows the page of the address. */
  async start() {
    await this.loadBranches();
    this.show();
  }

  async loadBranches() {
    this.branches = await api.get("/branches");
    const remembered = localStorage.getItem(BRANCH_KEY);
    const keep = this.branch?.id ?? remembered;
    this.branch = this.branches.find((b) => b.id === keep) ?? this.branches[0] ?? null;
  }

  switchBranch(id) {
    this.branch = this.branches.find((b) => b.id === id) ?? this.branch;
    localStorage.setItem(BRANCH_KEY, this.branch.id);
    this.show();
  }

  /** Renders the frame and the page named by location.hash (#/terminals by default). */
  show() {
    this.page?.dispose?.();
    const pages = this.pages();
    const wanted = location.hash.replace(/^#\//, "");
    const page = pages.find((p) => p.id === wanted) ?? pages[0];
    const main = h("main", { class: "page", id: `page-${page.id}` });
    replace(this.root, this.topBar(), this.nav(pages, page), main);
    if (!this.branch && page.needsBranch) {
      replace(main, h("p", { class: "notice" }, t("frame.noBranch")));
      this.page = null;
      this.events.close();
      return;
    }
    this.page = page.render(main, this);
    if (this.branch) this.events.follow(this.branch.id);
  }

  topBar() {
    const switcher = h("select", {
      id: "branch-switcher", "aria-label": t("frame.branch"),
      onchange: (event) => this.switchBranch(event.target.value),
    }, this.branches.map((b) => h("option", { value: b.id, selected: b.id === this.branch?.id }, b.name)));
    return h("header", { class: "top-bar" },
      h("div", { class: "brand" }, t("app.name"), h("span", { class: "brand-sub" }, t("app.subtitle"))),
      h("label", { class: "branch-picker" }, h("span", { class: "muted" }, t("frame.branch")), switcher),
      h("div", { class: "top-bar-end" },
        languageSwitch(),
        h("span", { class: "who", id: "signed-in-as" }, t("frame.signedInAs", { name: this.session.username })),
        h("button", { type: "button", class: "ghost", id: "sign-out", onclick: () => this.signOut() },
          t("frame.signOut"))));
  }

  nav(pages, current) {
    return h("nav", { class: "tabs", "aria-label": t("nav.label") },
      pages.map((p) => h("a", {
        href: `#/${p.id}`, id: `nav-${p.id}`, class: p === current ? "tab active" : "tab",
        "aria-current": p === current ? "page" : null,
      }, t(p.titleKey))));
  }

  async signOut() {
    this.dispose();
    try {
      await api.delete("/session");
    } catch (error) {
      console.warn("sign-out", describe(error));
    }
    this.onSignOut("signin.signedOut");
  }

  /** Stops the page and the stream (signed out, or the session is gone). */
  dispose() {
    this.page?.dispose?.();
    this.page = null;
    this.events.close();
    window.removeEventListener("hashchange", this.onHash);
  }
}
