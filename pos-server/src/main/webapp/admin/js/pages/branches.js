// Branches (administrators): every branch, opening a new one, and switching to one.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";

export const id = "branches";
export const titleKey = "nav.branches";
export const adminOnly = true;
export const needsBranch = false;

export function render(main, frame) {
  const list = h("div", { id: "branch-list" });
  const name = h("input", { type: "text", autocomplete: "off", maxlength: 100 });
  const currency = h("select", {},
    h("option", { value: "USD" }, t("branches.currencyUSD")),
    h("option", { value: "LBP" }, t("branches.currencyLBP")));
  const form = h("form", { class: "card", id: "branch-form", novalidate: true },
    h("h2", {}, t("branches.createTitle")), formMessage(),
    h("div", { class: "row" }, field("name", "branches.name", name), field("currency", "branches.currency", currency),
      h("button", { type: "submit", class: "primary" }, t("branches.create"))));

  function draw() {
    replace(list, h("table", { class: "data" },
      h("thead", {}, h("tr", {}, h("th", {}, t("branches.name")), h("th", {}, t("branches.currency")), h("th", {}))),
      h("tbody", {}, frame.branches.map((b) => h("tr", { "data-branch": b.id },
        h("td", { class: "strong" }, b.name),
        h("td", {}, b.currency),
        h("td", { class: "actions" }, b.id === frame.branch?.id
          ? h("span", { class: "badge online" }, t("branches.current"))
          : h("button", { type: "button", class: "ghost", "data-switch": b.id, onclick: () => {
            frame.switchBranch(b.id);
            location.hash = "#/terminals";
          } }, t("branches.switch"))))))));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(form);
    busy(form, async () => {
      try {
        const made = await api.post("/branches", { name: name.value.trim(), currency: currency.value });
        await frame.loadBranches();
        frame.show();
        showMessage(document.getElementById("branch-form"), t("branches.created", { name: made.name }), "success");
      } catch (error) {
        if (error instanceof ApiError) showRefusal(form, error);
        else throw error;
      }
    });
  });

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("branches.title")),
      h("p", { class: "muted" }, t("branches.intro")))),
    form, list);
  draw();
  return {};
}
