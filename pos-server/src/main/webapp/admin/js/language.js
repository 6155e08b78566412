// The English / العربية switch: the button names the other language, in that language.
import { h } from "./dom.js";
import { loadLanguage, otherLanguage, t } from "./i18n.js";

let onChanged = () => {};

/** What to do once the other language is loaded (re-render the current screen). */
export function whenLanguageChanged(callback) {
  onChanged = callback;
}

export function languageSwitch() {
  const other = otherLanguage();
  return h("button", {
    type: "button", class: "ghost lang-switch", id: "lang-switch", lang: other,
    title: t("lang.switchLabel"),
    onclick: async () => {
      await loadLanguage(other);
      onChanged();
    },
  }, t("lang.switch"));
}
