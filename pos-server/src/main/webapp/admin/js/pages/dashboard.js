// Dashboard: the branch's sales of one business day (GET /branches/{b}/sales?day=): the totals in the branch's
// currency and the other one, net by hour as an inline SVG bar chart, by category, top dishes, the payment mix, the
// open checks, and the comparison with the same weekday a week before; then every branch of the account
// (GET /sales?day=). Read again on the "changes" event (a till's entries committed).
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { language, t } from "../i18n.js";
import { money, moneyNode, number } from "../format.js";
import { dataTable } from "../table.js";
import { clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { oneAtATime } from "../reads.js";

export const id = "dashboard";
export const titleKey = "dashboard.nav";
export const needsBranch = true;

const SVG = "http://www.w3.org/2000/svg";

/** A number, a day or an amount inside an Arabic sentence keeps its own left-to-right order (an isolate). */
function iso(text) {
  return language() === "ar" ? `\u2066${text}\u2069` : text;
}

// the day chosen stays while the admin is open (language or branch switched, another page and back)
let chosenDay = null;

export function render(main, frame) {
  const branch = frame.branch;
  const base = `/branches/${branch.id}`;
  const dayInput = h("input", { type: "date", dir: "ltr", required: true });
  const dayForm = h("form", { class: "dash-day", id: "dash-day-form", novalidate: true },
    field("day", "dashboard.day", dayInput),
    h("button", { type: "button", class: "ghost", id: "dash-prev", "aria-label": t("dashboard.previousDay"),
      onclick: () => step(-1) }, t("dashboard.previousDay")),
    h("button", { type: "button", class: "ghost", id: "dash-today", onclick: () => pick(null) }, t("dashboard.today")),
    h("button", { type: "button", class: "ghost", id: "dash-next", onclick: () => step(1) }, t("dashboard.nextDay")),
    formMessage());
  const body = h("div", { id: "dash-body" }, h("p", { class: "muted" }, t("common.loading")));
  const chain = h("section", { class: "card", id: "dash-chain" });
  let disposed = false;

  function step(days) {
    const day = dayInput.value || chosenDay;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day ?? "")) return;
    const at = new Date(`${day}T12:00:00Z`);
    at.setUTCDate(at.getUTCDate() + days);
    pick(at.toISOString().slice(0, 10));
  }

  function pick(day) {
    chosenDay = day;
    load();
  }

  dayInput.addEventListener("change", () => pick(dayInput.value || null));
  dayForm.addEventListener("submit", (event) => {
    event.preventDefault();
    pick(dayInput.value || null);
  });

  const load = oneAtATime(read, () => disposed);

  async function read() {
    const query = chosenDay ? `?day=${encodeURIComponent(chosenDay)}` : "";
    clearMessages(dayForm);
    try {
      const [sales, all] = await Promise.all([api.get(`${base}/sales${query}`), api.get(`/sales${query}`)]);
      if (disposed) return;
      dayInput.value = sales.day;
      drawDay(sales);
      drawChain(all);
      main.setAttribute("data-day", sales.day);
    } catch (error) {
      if (!(error instanceof ApiError) || disposed) throw error;
      if (error.field === "day") showRefusal(dayForm, error, { day: "dashboard.dayInvalid" });
      else showMessage(dayForm, describe(error), "error");
    }
  }

  function drawDay(sales) {
    const currency = sales.currency;
    const other = sales.otherCurrency;
    const totals = sales.totals;
    const figure = (key, idName, amountKey, isMoney = true) => {
      const value = totals[amountKey];
      return h("div", { class: "dash-figure", id: `dash-${idName}` },
        h("p", { class: "muted small" }, t(key)),
        h("p", { class: "figure", dir: "ltr" }, isMoney ? money(value, currency) : number(value)),
        isMoney && other ? h("p", { class: "muted small dash-other", dir: "ltr" },
          money(other.totals[amountKey], other.currency)) : null);
    };
    replace(body,
      h("section", { class: "card dash-summary" },
        h("div", { class: "dash-net" },
          figure("dashboard.net", "net", "netMinor"),
          compare(sales)),
        h("div", { class: "dash-figures" },
          figure("dashboard.gross", "gross", "grossMinor"),
          figure("dashboard.discounts", "discounts", "discountsMinor"),
          figure("dashboard.refunds", "refunds", "refundsMinor"),
          figure("dashboard.vat", "vat", "vatMinor"),
          figure("dashboard.orders", "orders", "orders", false),
          figure("dashboard.covers", "covers", "covers", false),
          figure("dashboard.average", "average", "averageCheckMinor"),
          h("div", { class: "dash-figure", id: "dash-open" },
            h("p", { class: "muted small" }, t("dashboard.open")),
            h("p", { class: "figure", dir: "ltr" }, number(sales.open.checks)),
            h("p", { class: "muted small" }, t("dashboard.openCovers", { covers: number(sales.open.covers) })))),
        h("p", { class: "muted small", id: "dash-rate-note" }, other
          ? t("dashboard.otherNote", { currency: other.currency, rate: number(other.lbpPerUsd) })
          : t("dashboard.noOther", { currency })),
        h("p", { class: "muted small" }, t("dashboard.zone", { zone: sales.zone }))),
      h("section", { class: "card" }, h("h2", {}, t("dashboard.chartTitle")), chart(sales.byHour, currency)),
      h("div", { class: "dash-grid" },
        h("section", { class: "card" }, h("h2", {}, t("dashboard.byCategory")), dataTable([
          { labelKey: "dashboard.category", cell: (r) => r.category || t("dashboard.noCategory") },
          { labelKey: "dashboard.quantity", num: true, cell: (r) => number(r.quantity), csv: (r) => r.quantity },
          { labelKey: "dashboard.netColumn", num: true, cell: (r) => moneyNode(r.netMinor, currency) },
        ], sales.byCategory, { id: "dash-categories", csvName: `categories-${sales.day}`, emptyKey: "dashboard.noSales" })),
        h("section", { class: "card" }, h("h2", {}, t("dashboard.topDishes")), dataTable([
          { labelKey: "dashboard.dish", cell: (r) => r.name },
          { labelKey: "dashboard.quantity", num: true, cell: (r) => number(r.quantity), csv: (r) => r.quantity },
          { labelKey: "dashboard.netColumn", num: true, cell: (r) => moneyNode(r.netMinor, currency) },
        ], sales.topDishes, { id: "dash-dishes", csvName: `top-dishes-${sales.day}`, emptyKey: "dashboard.noSales" }))),
      h("section", { class: "card" }, h("h2", {}, t("dashboard.payments")), dataTable([
        { labelKey: "dashboard.method", cell: (r) => t(r.method === "CASH" ? "dashboard.cashIn" : "dashboard.cardIn",
          { currency: r.currency }) },
        { labelKey: "dashboard.tendered", num: true, cell: (r) => moneyNode(r.tenderedMinor, r.currency) },
        { labelKey: "dashboard.change", num: true, cell: (r) => moneyNode(r.changeMinor, r.currency) },
        { labelKey: "dashboard.refunded", num: true, cell: (r) => moneyNode(r.refundedMinor, r.currency) },
        { labelKey: "dashboard.paymentNet", num: true, cell: (r) => moneyNode(r.netMinor, r.currency) },
        { labelKey: "dashboard.inBranchCurrency", num: true, cell: (r) => moneyNode(r.netInBranchCurrencyMinor, currency) },
      ], sales.payments, { id: "dash-payments", csvName: `payments-${sales.day}`, emptyKey: "dashboard.noPayments" })));
  }

  /** Net against the same weekday a week before: up or down by how much. */
  function compare(sales) {
    const now = sales.totals.netMinor;
    const before = sales.compare.totals.netMinor;
    const params = { day: iso(sales.compare.day), amount: iso(money(before, sales.currency)) };
    let text;
    let kind = "same";
    if (before === 0) {
      text = now === 0 ? t("dashboard.compareNone", params) : t("dashboard.compareNew", params);
      kind = now === 0 ? "same" : "up";
    } else if (now === before) {
      text = t("dashboard.compareSame", params);
    } else {
      const pct = Math.round((Math.abs(now - before) * 1000) / before) / 10;
      kind = now > before ? "up" : "down";
      text = t(kind === "up" ? "dashboard.compareUp" : "dashboard.compareDown", { ...params, percent: iso(`${number(pct)}%`) });
    }
    return h("p", { class: `dash-compare ${kind}`, id: "dash-compare", "data-trend": kind },
      h("span", { class: "dash-arrow", "aria-hidden": "true" }, kind === "up" ? "▲" : kind === "down" ? "▼" : "■"),
      " ", text);
  }

  /** 24 bars, hour 00 on the left in both languages (the axis says so); heights relative to the best hour. */
  function chart(hours, currency) {
    const width = 1200;
    const height = 220;
    const left = 8;
    const top = 8;
    const bottom = 28;
    const slot = (width - left * 2) / 24;
    const plot = height - top - bottom;
    const max = Math.max(1, ...hours.map((row) => row.netMinor));
    const svg = svgNode("svg", {
      viewBox: `0 0 ${width} ${height}`, class: "dash-chart", id: "dash-chart", role: "img",
      "aria-label": t("dashboard.chartLabel"), preserveAspectRatio: "xMidYMid meet",
    });
    svg.append(svgNode("line", { x1: left, x2: width - left, y1: top + plot, y2: top + plot, class: "axis" }));
    for (const row of hours) {
      const value = Math.max(0, row.netMinor);
      const barHeight = value === 0 ? 0 : Math.max(2, (value / max) * plot);
      const x = left + row.hour * slot + slot * 0.15;
      const bar = svgNode("rect", {
        x, y: top + plot - barHeight, width: slot * 0.7, height: barHeight, rx: 2,
        class: value > 0 ? "bar" : "bar empty", "data-hour": row.hour, "data-net": row.netMinor,
      });
      const title = svgNode("title", {});
      title.textContent = t("dashboard.chartBar", {
        hour: String(row.hour).padStart(2, "0"), amount: money(row.netMinor, currency), orders: number(row.orders),
      });
      bar.append(title);
      svg.append(bar);
      svg.append(svgText(left + row.hour * slot + slot / 2, height - 10, String(row.hour).padStart(2, "0"), "middle",
        "hour"));
    }
    const best = hours.some((row) => row.netMinor > 0) ? max : 0;
    return h("figure", { class: "dash-chart-box" },
      h("p", { class: "muted small", id: "dash-chart-max" }, t("dashboard.chartMax", { amount: iso(money(best, currency)) })),
      svg,
      h("figcaption", { class: "muted small" }, t("dashboard.chartHours")));
  }

  function drawChain(all) {
    const names = new Map(frame.branches.map((b) => [b.id, b.name]));
    const rows = all.branches.map((row) => ({ ...row, name: names.get(row.branchId) ?? row.branchId }))
      .sort((a, b) => a.name.localeCompare(b.name));
    replace(chain,
      h("h2", {}, t("dashboard.chain")),
      h("p", { class: "muted small" }, t("dashboard.chainIntro", { day: iso(all.day), compareDay: iso(all.compareDay) })),
      dataTable([
        { labelKey: "dashboard.branch", cell: (r) => h("span", { class: "strong", "data-branch": r.branchId }, r.name),
          csv: (r) => r.name },
        { labelKey: "dashboard.orders", num: true, cell: (r) => number(r.totals.orders), csv: (r) => r.totals.orders },
        { labelKey: "dashboard.gross", num: true, cell: (r) => moneyNode(r.totals.grossMinor, r.currency) },
        { labelKey: "dashboard.discounts", num: true, cell: (r) => moneyNode(r.totals.discountsMinor, r.currency) },
        { labelKey: "dashboard.refunds", num: true, cell: (r) => moneyNode(r.totals.refundsMinor, r.currency) },
        { labelKey: "dashboard.netColumn", num: true, cell: (r) => moneyNode(r.totals.netMinor, r.currency) },
        { labelKey: "dashboard.vat", num: true, cell: (r) => moneyNode(r.totals.vatMinor, r.currency) },
        { labelKey: "dashboard.compareNet", num: true, cell: (r) => moneyNode(r.compare.netMinor, r.currency) },
        { labelKey: "dashboard.trend", num: true, cell: (r) => h("span", { dir: "ltr" },
          trend(r.totals.netMinor, r.compare.netMinor)) },
      ], rows, { id: "dash-chain-table", csvName: `branches-${all.day}`, emptyKey: "dashboard.noBranches" }));
  }

  function trend(now, before) {
    if (before === 0) return now === 0 ? "–" : "▲";
    const pct = Math.round((Math.abs(now - before) * 1000) / before) / 10;
    if (now === before) return "0%";
    return `${now > before ? "▲" : "▼"} ${number(pct)}%`;
  }

  dayInput.value = chosenDay ?? "";
  replace(main,
    h("div", { class: "page-head" },
      h("div", {}, h("h1", {}, t("dashboard.title")),
        h("p", { class: "muted" }, t("dashboard.intro", { branch: branch.name }))),
      dayForm),
    body, chain);
  load();

  return {
    onEvent(type) {
      if (type === "changes" || type === "open") load();
    },
    dispose() {
      disposed = true;
    },
  };
}

function svgNode(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function svgText(x, y, text, anchor, kind) {
  const node = svgNode("text", { x, y, "text-anchor": anchor, class: kind });
  node.textContent = text;
  return node;
}
