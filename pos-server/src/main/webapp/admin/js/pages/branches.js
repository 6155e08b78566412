// Branches (administrators): every branch, opening one ready to trade (its rate of the day, VAT and tables: none,
// those of another branch, or T1..TN in one area; one POST, checked whole by the server before it writes anything),
// and switching to one.
import { h, replace } from "../dom.js";
import { api, ApiError } from "../api.js";
import { t } from "../i18n.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { basisPoints, wholeNumber } from "../parse.js";

export const id = "branches";
export const titleKey = "nav.branches";
export const adminOnly = true;
export const needsBranch = false;

/** Our own words for the fields the server names in a refusal; the others show the server's message. */
const FIELD_WORDS = {
  name: "branches.nameInvalid",
  lbpPerUsd: "rates.rateInvalid",
  "vat.basisPoints": "rates.vatInvalid",
  "template.copyTablesFrom": "branches.copyInvalid",
  "template.tables": "branches.tablesInvalid",
  "template.area": "branches.areaInvalid",
};

/** A field set on one line, label before the input, its error below them. */
function inlineField(name, labelKey, input) {
  input.name = name;
  input.setAttribute("aria-describedby", `${input.id}-error`);
  return h("div", { class: "inline-field", "data-field": name },
    h("label", { for: input.id }, t(labelKey)), input,
    h("p", { class: "field-error", id: `${input.id}-error`, "aria-live": "polite" }));
}

/** One way to get the tables: a radio and its words on a whole touch-high row, then the inputs it needs. */
function choice(radio, labelKey, ...inputs) {
  return h("div", { class: "choice" }, h("label", { class: "choice-label" }, radio, h("span", {}, t(labelKey))),
    inputs.length ? h("div", { class: "choice-inputs" }, ...inputs) : null);
}

export function render(main, frame) {
  const list = h("div", { id: "branch-list" });
  const name = h("input", { type: "text", autocomplete: "off", maxlength: 100, dir: "auto" });
  const currency = h("select", {},
    h("option", { value: "USD" }, t("branches.currencyUSD")),
    h("option", { value: "LBP" }, t("branches.currencyLBP")));
  const rate = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
  const vat = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", dir: "ltr" });
  const included = h("input", { type: "checkbox", id: "branch-vat-included", checked: true });

  const radio = (value) => h("input", { type: "radio", name: "tables-kind", value, id: `tables-${value}`,
    checked: value === "none" });
  const none = radio("none");
  const copy = radio("copy");
  const numbered = radio("numbered");
  const source = h("select", { id: "branch-copy-from" },
    frame.branches.map((b) => h("option", { value: b.id, selected: b.id === frame.branch?.id }, b.name)));
  const count = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr",
    id: "branch-table-count", value: "10" });
  const area = h("input", { type: "text", autocomplete: "off", maxlength: 50, dir: "auto", id: "branch-area",
    value: t("branches.defaultArea") });
  // typing in a way's inputs chooses that way
  source.addEventListener("focus", () => { copy.checked = true; });
  for (const input of [count, area]) input.addEventListener("focus", () => { numbered.checked = true; });
  if (frame.branches.length === 0) {
    copy.disabled = true;
    source.disabled = true;
  }

  const form = h("form", { class: "card", id: "branch-form", novalidate: true },
    h("h2", {}, t("branches.createTitle")), formMessage(),
    h("div", { class: "branch-form-body" },
      h("div", {},
        h("div", { class: "branch-settings" },
          field("name", "branches.name", name),
          field("currency", "branches.currency", currency),
          field("lbpPerUsd", "branches.rate", rate),
          field("vat.basisPoints", "branches.vat", vat)),
        h("div", { class: "check", "data-field": "vat.included" },
          included, h("label", { for: "branch-vat-included" }, t("branches.vatIncluded")),
          h("p", { class: "field-error" })),
        h("p", { class: "muted small" }, t("branches.settingsHint"))),
      h("fieldset", { class: "tables-choice", "data-field": "template" },
      h("legend", {}, t("branches.tables")),
      h("p", { class: "field-error", "aria-live": "polite" }),
      choice(none, "branches.tablesNone"),
      choice(copy, "branches.tablesCopy", inlineField("template.copyTablesFrom", "branches.copyFrom", source)),
      choice(numbered, "branches.tablesNumbered",
        inlineField("template.tables", "branches.tableCount", count),
        inlineField("template.area", "branches.area", area)))),
    h("div", { class: "form-buttons" }, h("button", { type: "submit", class: "primary" }, t("branches.create"))));

  function draw() {
    replace(list, h("table", { class: "data" },
      h("thead", {}, h("tr", {}, h("th", {}, t("branches.name")), h("th", {}, t("branches.currency")), h("th", {}))),
      h("tbody", {}, frame.branches.map((b) => h("tr", { "data-branch": b.id },
        h("td", { class: "strong", dir: "auto" }, b.name),
        h("td", {}, b.currency),
        h("td", { class: "actions" }, b.id === frame.branch?.id
          ? h("span", { class: "badge online" }, t("branches.current"))
          : h("button", { type: "button", class: "ghost", "data-switch": b.id, onclick: () => {
            frame.switchBranch(b.id);
            location.hash = "#/terminals";
          } }, t("branches.switch"))))))));
  }

  function body() {
    const request = { name: name.value.trim(), currency: currency.value };
    if (rate.value.trim()) request.lbpPerUsd = wholeNumber(rate.value);
    if (vat.value.trim()) request.vat = { basisPoints: basisPoints(vat.value), included: included.checked };
    if (copy.checked) request.template = { copyTablesFrom: source.value };
    if (numbered.checked) request.template = { tables: wholeNumber(count.value), area: area.value.trim() };
    return request;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(form);
    busy(form, async () => {
      try {
        const made = await api.post("/branches", body());
        // the new branch joins this list and the frame's branch switcher
        await frame.loadBranches();
        frame.show();
        const said = t("branches.created", { name: made.name });
        showMessage(document.getElementById("branch-form"),
          made.tables ? `${said} ${t("branches.createdTables", { n: made.tables })}` : said, "success");
      } catch (error) {
        if (error instanceof ApiError) showRefusal(form, error, FIELD_WORDS);
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
