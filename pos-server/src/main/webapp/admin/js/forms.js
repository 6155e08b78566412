// Form fields with a place for their own error, and where a refusal of the server is shown:
// next to the field it names ("field"), otherwise at the top of the form.
import { h, replace } from "./dom.js";
import { describe } from "./api.js";
import { t } from "./i18n.js";

/** A labelled field; the input's name is the request field it feeds, so a refusal naming it lands here. */
export function field(name, labelKey, input) {
  input.id ||= `field-${name}`;
  input.name = name;
  input.setAttribute("aria-describedby", `${input.id}-error`);
  return h("div", { class: "field", "data-field": name },
    h("label", { for: input.id }, t(labelKey)),
    input,
    h("p", { class: "field-error", id: `${input.id}-error`, "aria-live": "polite" }));
}

/** The form's top line: errors that name no field, and success messages. */
export function formMessage() {
  return h("p", { class: "form-message", role: "status", "aria-live": "polite" });
}

export function clearMessages(form) {
  for (const error of form.querySelectorAll(".field-error")) error.textContent = "";
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  const top = form.querySelector(".form-message");
  if (top) {
    top.textContent = "";
    top.className = "form-message";
  }
}

/** Shows a refusal: {field: key} gives our own words for a field's INVALID_FIELD. */
export function showRefusal(form, error, fieldMessages = {}) {
  const place = error.field && form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
  if (place) {
    const input = place.querySelector("input, select");
    input.setAttribute("aria-invalid", "true");
    place.querySelector(".field-error").textContent =
      fieldMessages[error.field] ? t(fieldMessages[error.field]) : error.message;
    input.focus();
    return;
  }
  showMessage(form, describe(error), "error");
}

export function showMessage(form, text, kind) {
  const top = form.querySelector(".form-message");
  replace(top, text);
  top.className = `form-message ${kind}`;
}

/** Disables the form's submit button while the call runs. */
export async function busy(form, work) {
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    return await work();
  } finally {
    button.disabled = false;
  }
}
