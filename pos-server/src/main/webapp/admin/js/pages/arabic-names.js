// The Arabic name of a menu category or a table area (PUT menu-categories/{name}, PUT areas/{name}). A category or
// an area is a key as it was typed (reports and printing routes go by it); its Arabic name is only how the tills and
// these pages show it in Arabic. Used by the Menu and Floor pages.
import { h } from "../dom.js";
import { api, ApiError } from "../api.js";
import { language, t } from "../i18n.js";
import { busy, clearMessages, field, formMessage, showRefusal } from "../forms.js";

/** A key as the page shows it: its Arabic name on the Arabic page (when it has one), else as typed. */
export function shownName(key, names) {
  return language() === "ar" ? names.get(key) ?? key : key;
}

/**
 * The cell of a key: its name in the page's language, the other one under it, and the button that opens the form.
 * data-<kind>-name on the button holds the key.
 */
export function nameCell(kind, key, names, open) {
  const arabic = names.get(key);
  const other = language() === "ar" ? (arabic ? h("span", { lang: "en", dir: "ltr" }, key) : null)
    : (arabic ? h("span", { lang: "ar", dir: "rtl" }, arabic) : null);
  return h("div", { class: "key-name" },
    // bdi: a key typed in the other script keeps its own direction without pulling the cell's alignment along
    h("div", { class: "strong" }, h("bdi", {}, shownName(key, names))),
    other ? h("div", { class: "muted small" }, other) : null,
    h("button", { type: "button", class: "ghost small", [`data-${kind}-name`]: key,
      "aria-label": t("names.arabicNameOf", { name: key }), onclick: () => open(key) }, t("names.arabicName")));
}

/**
 * The form giving one key its Arabic name: empty takes it away. `path` is the PUT's URL with the key at its end;
 * `done(message)` runs after the server accepted it.
 */
export function nameForm({ id, key, current, maxLength, path, done, close }) {
  const input = h("input", { type: "text", autocomplete: "off", maxlength: maxLength, dir: "rtl", lang: "ar" });
  input.value = current ?? "";
  const form = h("form", { class: "card", id, novalidate: true, "data-key": key },
    h("h2", {}, t("names.arabicNameOf", { name: key })), formMessage(),
    h("div", { class: "form-grid" }, field("nameAr", "names.nameAr", input)),
    h("p", { class: "muted small" }, t("names.hint", { name: key })),
    h("div", { class: "form-buttons" },
      h("button", { type: "submit", class: "primary" }, t("common.save")),
      h("button", { type: "button", class: "ghost", onclick: close }, t("common.cancel"))));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(form);
    const nameAr = input.value.trim();
    busy(form, async () => {
      try {
        const saved = await api.put(`${path}/${encodeURIComponent(key)}`, { nameAr: nameAr === "" ? null : nameAr });
        close();
        await done(saved.nameAr === null ? t("names.removed", { name: key })
          : t("names.saved", { name: key, nameAr: saved.nameAr }));
      } catch (error) {
        if (error instanceof ApiError) showRefusal(form, error);
        else throw error;
      }
    });
  });
  return { form, focus: () => input.focus() };
}
