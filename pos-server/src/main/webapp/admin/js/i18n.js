// The page's strings: admin/i18n/<lang>.json, flat keys, "{name}" placeholders.
// The language is remembered in localStorage and sets <html lang dir>.

const LANGUAGES = { en: "ltr", ar: "rtl" };
const STORAGE_KEY = "cedarpos.admin.lang";
let strings = {};
let current = "en";

export function language() {
  return current;
}

/** Loads the remembered language (English by default). */
export async function loadLanguage(lang = localStorage.getItem(STORAGE_KEY) || "en") {
  if (!(lang in LANGUAGES)) lang = "en";
  const response = await fetch(`i18n/${lang}.json`, { cache: "no-cache" });
  strings = await response.json();
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang];
  document.title = t("app.title");
}

/** The other language: the switch offers it. */
export function otherLanguage() {
  return current === "en" ? "ar" : "en";
}

/** The string of the key with its placeholders filled in; the key itself when missing (a test keeps that from happening). */
export function t(key, params = {}) {
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
