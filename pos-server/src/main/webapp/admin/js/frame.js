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

// The navigation as a manager reads it: what they look at every day, one tab each; the branch's setup, changed now
// and then, under one tab that opens its list (13 tabs did not fit one row of a 1024 px tablet, nor of a 1366 px
// screen in Arabic).
const SETUP = { id: "setup", titleKey: "nav.setup", pages: [menu, floor, printing, rates, staff] };
const NAV = [dashboard, orders, terminals, conflicts, shifts, stock, SETUP, audit, branches];
const PAGES = NAV.flatMap((entry) => entry.pages ?? [entry]);
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
    this.closeMenus = (event) => {
      if (event.type === "keydown" && event.key !== "Escape") return;
      for (const group of this.root.querySelectorAll(".nav-group.open")) {
        if (event.type === "click" && group.contains(event.target)) continue;
        this.openGroup(group, false, event.type === "keydown");
      }
    };
    document.addEventListener("click", this.closeMenus);
    document.addEventListener("keydown", this.closeMenus);
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
    const tab = (p) => h("a", {
      href: `#/${p.id}`, id: `nav-${p.id}`, class: p === current ? "tab active" : "tab",
      "aria-current": p === current ? "page" : null,
    }, t(p.titleKey));
    const entries = NAV.map((entry) => {
      if (!entry.pages) return pages.includes(entry) ? tab(entry) : null;
      const inside = entry.pages.filter((p) => pages.includes(p));
      return inside.length ? this.navGroup(entry, inside, current) : null;
    });
    return h("nav", { class: "tabs", "aria-label": t("nav.label") }, entries);
  }

  /** A tab that opens the list of its pages (a tap, not a hover: a tablet has none); it is the active tab while one
   * of them is shown. */
  navGroup(group, pages, current) {
    const holdsCurrent = pages.includes(current);
    const menuId = `nav-group-${group.id}-menu`;
    const toggle = h("button", {
      type: "button", id: `nav-group-${group.id}`, class: holdsCurrent ? "tab nav-toggle active" : "tab nav-toggle",
      "aria-expanded": "false", "aria-controls": menuId,
      onclick: () => this.openGroup(toggle.parentElement, toggle.getAttribute("aria-expanded") !== "true", false),
    }, t(group.titleKey));
    const menu = h("div", { class: "nav-menu", id: menuId, hidden: true },
      pages.map((p) => h("a", {
        href: `#/${p.id}`, id: `nav-${p.id}`, class: p === current ? "nav-item active" : "nav-item",
        "aria-current": p === current ? "page" : null,
        // the page shown again (no hashchange) still closes the list
        onclick: () => this.openGroup(toggle.parentElement, false, false),
      }, t(p.titleKey))));
    return h("div", { class: "nav-group", "data-nav-group": group.id }, toggle, menu);
  }

  openGroup(group, open, focusToggle) {
    const toggle = group.querySelector(".nav-toggle");
    group.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
    group.querySelector(".nav-menu").hidden = !open;
    if (open) group.querySelector(".nav-item.active, .nav-item")?.focus();
    else if (focusToggle) toggle.focus();
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
    document.removeEventListener("click", this.closeMenus);
    document.removeEventListener("keydown", this.closeMenus);
  }
}
