// Numbers with grouping and Latin digits in both languages; times as the manager's clock shows them.
import { h } from "./dom.js";
import { t } from "./i18n.js";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });
const dayAndClock = new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
});

/** 89500 -> "89,500". */
export function number(value) {
  return grouped.format(value);
}

/** "10:42" today, "3 Dec, 10:42" another day. */
export function time(ms) {
  const at = new Date(ms);
  return at.toDateString() === new Date().toDateString() ? clock.format(at) : dayAndClock.format(at);
}

/** "40 min", "2 h 5 min", "3 days". */
export function duration(ms) {
  const minutes = Math.floor(Math.max(0, ms) / 60000);
  if (minutes < 1) return t("time.lessThanMinute");
  if (minutes < 60) return t("time.minutes", { n: minutes });
  if (minutes < 48 * 60) return t("time.hoursMinutes", { h: Math.floor(minutes / 60), m: minutes % 60 });
  return t("time.days", { n: Math.floor(minutes / 1440) });
}

/** "14:59" until the moment, "0:00" once past it. */
export function countdown(untilMs) {
  const seconds = Math.max(0, Math.ceil((untilMs - Date.now()) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

const MONEY_DIGITS = { USD: 2, LBP: 0 };
const moneyFormats = {};

/** Minor units as people read them: 14350 USD -> "143.50 USD", -150 -> "−1.50 USD", LBP in whole pounds. */
export function money(minor, currency) {
  const digits = MONEY_DIGITS[currency] ?? 2;
  moneyFormats[digits] ??= new Intl.NumberFormat("en-US", {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
  const value = Number(minor ?? 0);
  return `${value < 0 ? "−" : ""}${moneyFormats[digits].format(Math.abs(value) / 10 ** digits)} ${currency}`;
}

/** The amount kept left-to-right inside an Arabic line or cell, so "15.00 USD" never reads "USD 15.00". */
export function moneyNode(minor, currency, attrs = {}) {
  return h("span", { class: "money", dir: "ltr", ...attrs }, money(minor, currency));
}
