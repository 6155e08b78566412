// Rate and VAT: the branch's LBP/USD rate of the day and its VAT, and the forms that change them. The server
// checks every value; its refusal shows next to the field it names. Kept live by the "catalog" event.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { number, time } from "../format.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { basisPoints, wholeNumber } from "../parse.js";

export const id = "rates";
export const titleKey = "nav.rates";
export const needsBranch = true;

function percent(bp) {
  return `${number(bp / 100)}%`;
}

export function render(main, frame) {
  const base = `/branches/${frame.branch.id}`;
  const rateNow = h("p", { class: "figure", id: "rate-current" });
  const rateAt = h("p", { class: "muted small", id: "rate-set-at" });
  const vatNow = h("p", { class: "figure", id: "vat-current" });
  const vatHow = h("p", { class: "muted small", id: "vat-included-now" });
  const rateInput = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
  const vatInput = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", dir: "ltr" });
  const included = h("input", { type: "checkbox", id: "field-included" });
  let disposed = false;
  // a field the manager has gone into is theirs: a late first read of the server never writes over it
  const touched = new Set();
  for (const input of [rateInput, vatInput, included]) {
    for (const type of ["focus", "input"]) input.addEventListener(type, () => touched.add(input));
  }
  const fill = (input, set) => {
    if (!touched.has(input)) set();
  };

  const rateForm = h("form", { class: "card", id: "rate-form", novalidate: true },
    h("h2", {}, t("rates.rateTitle")), rateNow, rateAt, formMessage(),
    field("lbpPerUsd", "rates.rateField", rateInput),
    h("button", { type: "submit", class: "primary" }, t("common.save")));
  const vatForm = h("form", { class: "card", id: "vat-form", novalidate: true },
    h("h2", {}, t("rates.vatTitle")), vatNow, vatHow, formMessage(),
    field("basisPoints", "rates.vatField", vatInput),
    h("div", { class: "check", "data-field": "included" },
      included, h("label", { for: "field-included" }, t("rates.vatIncludedField")),
      h("p", { class: "field-error" })),
    h("button", { type: "submit", class: "primary" }, t("common.save")));

  function showRate(rate) {
    replace(rateNow, rate.lbpPerUsd == null ? t("rates.rateNone") : t("rates.rateValue", { rate: number(rate.lbpPerUsd) }));
    replace(rateAt, rate.lbpPerUsd == null ? "" : t("rates.rateSetAt", { time: time(rate.rateSetAtMs) }));
  }

  function showVat(vat) {
    replace(vatNow, percent(vat.basisPoints));
    replace(vatHow, t(vat.included ? "rates.vatIncluded" : "rates.vatAdded"));
  }

  async function load(fillForms) {
    try {
      const [rate, vat] = await Promise.all([api.get(`${base}/exchange-rate`), api.get(`${base}/vat`)]);
      if (disposed) return;
      showRate(rate);
      showVat(vat);
      if (fillForms) {
        fill(rateInput, () => { rateInput.value = rate.lbpPerUsd == null ? "" : number(rate.lbpPerUsd); });
        fill(vatInput, () => { vatInput.value = String(vat.basisPoints / 100); });
        fill(included, () => { included.checked = vat.included; });
      }
    } catch (error) {
      if (error instanceof ApiError && !disposed) showMessage(rateForm, describe(error), "error");
    }
  }

  rateForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(rateForm);
    busy(rateForm, async () => {
      try {
        const set = await api.put(`${base}/exchange-rate`, { lbpPerUsd: wholeNumber(rateInput.value) });
        showRate(set);
        rateInput.value = number(set.lbpPerUsd);
        showMessage(rateForm, t("rates.rateSaved", { rate: number(set.lbpPerUsd) }), "success");
      } catch (error) {
        if (error instanceof ApiError) showRefusal(rateForm, error, { lbpPerUsd: "rates.rateInvalid" });
      }
    });
  });

  vatForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(vatForm);
    busy(vatForm, async () => {
      try {
        const set = await api.put(`${base}/vat`, { basisPoints: basisPoints(vatInput.value), included: included.checked });
        showVat(set);
        showMessage(vatForm, t("rates.vatSaved", {
          percent: percent(set.basisPoints), included: t(set.included ? "rates.vatIncluded" : "rates.vatAdded"),
        }), "success");
      } catch (error) {
        if (error instanceof ApiError) showRefusal(vatForm, error, { basisPoints: "rates.vatInvalid" });
      }
    });
  });

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("rates.title")),
      h("p", { class: "muted" }, t("rates.intro", { branch: frame.branch.name })))),
    h("div", { class: "cards" }, rateForm, vatForm));
  load(true);

  return {
    // another manager (or this one in another tab) changed the setup: show the new values, keep what is typed
    onEvent(type) {
      if (type === "catalog") load(false);
    },
    dispose() {
      disposed = true;
    },
  };
}
