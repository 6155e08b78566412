// Shifts: every till's shifts as the tills recorded them (GET /shifts: open, pay-ins and pay-outs, close with its
// count and Z report): who opened and closed each and when, and the drawer's expected cash against what was counted,
// per currency, the difference highlighted; the Z report of a closed shift as the till printed it.
// A Z report's categories are the menu's keys as the till recorded them; in Arabic each shows the Arabic name the
// manager gave it (GET menu's categories, as on the Menu page).
// Kept live by the "shifts" event (a till pushed shift records) as the Terminals page is by "terminals"; "catalog"
// re-reads the categories' names.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { number, time } from "../format.js";
import { csvFileName, dataTable } from "../table.js";
import { fullTime, shortId, tillNames } from "./ops-common.js";
import { shownName } from "./arabic-names.js";
import { money, moneyNode } from "../format.js";
import { oneAtATime } from "../reads.js";

export const id = "shifts";
export const titleKey = "shifts.nav";
export const needsBranch = true;

const CURRENCIES = ["USD", "LBP"];
const DRAWER_ROWS = [
  ["openingFloat", "shifts.drawer.openingFloat"], ["cashTendered", "shifts.drawer.cashTendered"],
  ["changeGiven", "shifts.drawer.changeGiven"], ["payIns", "shifts.drawer.payIns"],
  ["payOuts", "shifts.drawer.payOuts"], ["refunded", "shifts.drawer.refunded"],
  ["expected", "shifts.drawer.expected"], ["counted", "shifts.drawer.counted"],
  ["difference", "shifts.drawer.difference"],
];
const MOVEMENTS = { PAY_IN: "shifts.payIn", PAY_OUT: "shifts.payOut" };
const METHODS = { CASH: "shifts.cash", CARD: "shifts.card" };

/** The records of GET /shifts put together per shift, newest opening first. */
function shiftsOf(records) {
  const byId = new Map();
  for (const r of records) {
    const s = byId.get(r.shiftId) ?? { id: r.shiftId, terminalId: r.terminalId, open: null, close: null, movements: [],
      firstAtMs: r.atMs };
    s.firstAtMs = Math.min(s.firstAtMs, r.atMs);
    if (r.operation === "open") s.open = r.payload;
    else if (r.operation === "close") s.close = r.payload;
    else if (r.operation === "movement") s.movements.push(r.payload);
    byId.set(r.shiftId, s);
  }
  const opened = (s) => s.open?.openedAtMs ?? s.close?.report?.openedAtMs ?? s.firstAtMs;
  return [...byId.values()].sort((a, b) => opened(b) - opened(a));
}

function diffClass(minor) {
  return minor < 0 ? "diff short" : minor > 0 ? "diff over" : "diff even";
}

function diffWord(minor) {
  return t(minor < 0 ? "shifts.short" : minor > 0 ? "shifts.over" : "shifts.even");
}

export function render(main, frame) {
  const base = `/branches/${frame.branch.id}`;
  const list = h("div", { id: "shift-list" }, h("p", { class: "muted" }, t("common.loading")));
  const report = h("div", { id: "z-report-area" });
  let names = new Map();
  let categoryNames = new Map();
  let shifts = [];
  let shown = null;
  let disposed = false;

  const tillName = (terminalId) => names.get(terminalId) ?? terminalId.slice(0, 8);
  const drawer = (s) => s.close?.report?.drawer ?? null;

  async function read() {
    try {
      const [records, tills, menu] = await Promise.all([api.get(`${base}/shifts?limit=1000`),
        tillNames(frame.branch.id), api.get(`${base}/menu`)]);
      if (disposed) return;
      names = tills;
      categoryNames = new Map((menu.categories ?? []).filter((c) => c.nameAr).map((c) => [c.name, c.nameAr]));
      shifts = shiftsOf(records);
      draw();
      if (shown) {
        const again = shifts.find((s) => s.id === shown);
        if (again?.close) showReport(again, false);
      }
    } catch (error) {
      if (error instanceof ApiError && !disposed) replace(list, h("p", { class: "form-message error" }, describe(error)));
    }
  }
  // one read at a time, so an older answer never lands last
  const load = oneAtATime(read, () => disposed);

  /** Per currency, one line each: "140.00 USD" / "1,500,000 LBP"; "—" when not known (an open shift). */
  function perCurrency(cash, withDiff) {
    if (!cash) return h("span", { class: "muted" }, "—");
    return h("div", { class: "per-currency" }, CURRENCIES.map((c) => h("div", { "data-currency": c },
      withDiff ? h("span", { class: diffClass(cash[c] ?? 0) }, moneyNode(cash[c] ?? 0, c), " ", diffWord(cash[c] ?? 0))
        : moneyNode(cash[c] ?? 0, c))));
  }

  function perCurrencyText(cash) {
    return cash ? CURRENCIES.map((c) => money(cash[c] ?? 0, c)).join("; ") : "";
  }

  function draw() {
    replace(list, dataTable([
      { labelKey: "shifts.colTill", cell: (s) => [h("div", { class: "strong" }, tillName(s.terminalId)),
        h("div", { class: "muted small" }, shortId(s.id))], csv: (s) => `${tillName(s.terminalId)} (${s.id})` },
      { labelKey: "shifts.colOpened", cell: (s) => (s.open ? [h("div", {}, s.open.openedBy),
        h("div", { class: "muted small" }, time(s.open.openedAtMs))] : "—"),
        csv: (s) => (s.open ? `${s.open.openedBy}, ${fullTime(s.open.openedAtMs)}` : "") },
      { labelKey: "shifts.colClosed", cell: (s) => (s.close ? [h("div", {}, s.close.closedBy),
        h("div", { class: "muted small" }, time(s.close.closedAtMs))]
        : h("span", { class: "badge online" }, t("shifts.stillOpen"))),
        csv: (s) => (s.close ? `${s.close.closedBy}, ${fullTime(s.close.closedAtMs)}` : t("shifts.stillOpen")) },
      { labelKey: "shifts.colExpected", num: true, cell: (s) => perCurrency(drawer(s)?.expected),
        csv: (s) => perCurrencyText(drawer(s)?.expected) },
      { labelKey: "shifts.colCounted", num: true, cell: (s) => perCurrency(drawer(s)?.counted ?? s.close?.counted),
        csv: (s) => perCurrencyText(drawer(s)?.counted ?? s.close?.counted) },
      { labelKey: "shifts.colDifference", num: true, cell: (s) => perCurrency(drawer(s)?.difference, true),
        csv: (s) => perCurrencyText(drawer(s)?.difference) },
      { labelKey: "shifts.colReport", cell: (s) => (s.close?.report ? h("button", {
        type: "button", class: "ghost", "data-z": s.id, onclick: () => showReport(s, true),
      }, t("shifts.zReport")) : ""), csv: () => "" },
    ], shifts, { id: "shifts-table", csvName: csvFileName("shifts", frame.branch.name, fullTime(Date.now()).slice(0, 10)),
      emptyKey: "shifts.empty" }));
    // each row names its shift, so a test (or a later link) finds it
    const rows = list.querySelectorAll("tbody tr");
    shifts.forEach((s, i) => rows[i]?.setAttribute("data-shift", s.id));
  }

  function figureTable(id, rows, csvName) {
    return dataTable([
      { labelKey: "shifts.colFigure", cell: (r) => r.label },
      { labelKey: "shifts.colAmount", num: true, cell: (r) => r.value, csv: (r) => r.text },
    ], rows, { id, csvName });
  }

  function showReport(s, scroll) {
    shown = s.id;
    const z = s.close.report;
    const cur = z.currency;
    const d = z.drawer;
    const sales = [
      { label: t("shifts.z.checks"), value: number(z.checks), text: String(z.checks) },
      { label: t("shifts.z.gross"), value: moneyNode(z.grossSalesMinor, cur), text: money(z.grossSalesMinor, cur) },
      { label: t("shifts.z.discounts", { n: number(z.discountCount) }), value: moneyNode(-z.discountsMinor, cur),
        text: money(-z.discountsMinor, cur) },
      { label: t("shifts.z.net"), value: moneyNode(z.netSalesMinor, cur), text: money(z.netSalesMinor, cur) },
      { label: t("shifts.z.vat"), value: moneyNode(z.vatMinor, cur), text: money(z.vatMinor, cur) },
      { label: t("shifts.z.collected"), value: moneyNode(z.collectedMinor, cur), text: money(z.collectedMinor, cur) },
      { label: t("shifts.z.refunds", { n: number(z.refundCount ?? 0) }), value: moneyNode(-(z.refundsMinor ?? 0), cur),
        text: money(-(z.refundsMinor ?? 0), cur) },
      { label: t("shifts.z.voids", { n: number(z.voidCount) }), value: moneyNode(z.voidValueMinor, cur),
        text: money(z.voidValueMinor, cur) },
    ];
    const drawerRows = DRAWER_ROWS.map(([key, labelKey]) => ({
      key, label: t(labelKey), cash: d[key] ?? { USD: 0, LBP: 0 },
    }));
    const drawerTable = dataTable([
      { labelKey: "shifts.colFigure", cell: (r) => r.label },
      ...CURRENCIES.map((c) => ({
        labelKey: c === "USD" ? "shifts.colUSD" : "shifts.colLBP", num: true,
        cell: (r) => (r.key === "difference"
          ? h("span", { class: diffClass(r.cash[c]), "data-cell": `${r.key}-${c}` }, moneyNode(r.cash[c], c), " ",
            diffWord(r.cash[c]))
          : moneyNode(r.cash[c], c, { "data-cell": `${r.key}-${c}` })),
        csv: (r) => money(r.cash[c], c),
      })),
    ], drawerRows, { id: "z-drawer", csvName: `z-drawer-${s.id.slice(0, 8)}` });
    const payments = dataTable([
      { labelKey: "shifts.colMethod", cell: (p) => (METHODS[p.method] ? t(METHODS[p.method]) : p.method) },
      { labelKey: "shifts.colCurrency", cell: (p) => p.currency },
      { labelKey: "shifts.colTendered", num: true, cell: (p) => moneyNode(p.tenderedMinor, p.currency) },
      { labelKey: "shifts.colChange", num: true, cell: (p) => moneyNode(p.changeMinor, p.currency) },
      { labelKey: "shifts.colNet", num: true, cell: (p) => moneyNode(p.netMinor, p.currency) },
    ], z.byPayment ?? [], { id: "z-payments", emptyKey: "shifts.z.none" });
    const categories = dataTable([
      { labelKey: "shifts.colCategory", cell: (c) => (c.category
        ? h("bdi", { "data-category": c.category }, shownName(c.category, categoryNames))
        : t("shifts.z.uncategorised")) },
      { labelKey: "shifts.colQuantity", num: true, cell: (c) => number(c.quantity) },
      { labelKey: "shifts.colAmount", num: true, cell: (c) => moneyNode(c.amountMinor, cur) },
    ], z.byCategory ?? [], { id: "z-categories", emptyKey: "shifts.z.none" });
    const movements = dataTable([
      { labelKey: "shifts.colTime", cell: (m) => time(m.atMs), csv: (m) => fullTime(m.atMs) },
      { labelKey: "shifts.colKind", cell: (m) => (MOVEMENTS[m.kind] ? t(MOVEMENTS[m.kind]) : m.kind) },
      { labelKey: "shifts.colAmount", num: true,
        cell: (m) => moneyNode(m.kind === "PAY_OUT" ? -m.amountMinor : m.amountMinor, m.currency) },
      { labelKey: "shifts.colReason", cell: (m) => m.reason },
      { labelKey: "shifts.colBy",
        cell: (m) => (m.approvedBy ? t("shifts.byApproved", { by: m.by, approvedBy: m.approvedBy }) : m.by) },
    ], z.movements ?? [], { id: "z-movements", emptyKey: "shifts.z.noMovements" });
    const voids = dataTable([
      { labelKey: "shifts.colItem", cell: (v) => v.item },
      { labelKey: "shifts.colQuantity", num: true, cell: (v) => number(v.quantity) },
      { labelKey: "shifts.colAmount", num: true, cell: (v) => moneyNode(v.valueMinor, cur) },
      { labelKey: "shifts.colReason", cell: (v) => v.reason },
      { labelKey: "shifts.colBy", cell: (v) => v.by },
    ], z.voids ?? [], { id: "z-voids", emptyKey: "shifts.z.noVoids" });

    const panel = h("section", { class: "card z-report", id: "z-report", "data-shift": s.id, "aria-live": "polite" },
      h("div", { class: "page-head" },
        h("div", {},
          h("h2", {}, t("shifts.z.title"), " · ", h("bdi", {}, tillName(z.terminalId ?? s.terminalId))),
          h("p", { class: "muted" }, t("shifts.z.opened", { by: z.openedBy, time: fullTime(z.openedAtMs) })),
          h("p", { class: "muted" }, t("shifts.z.closed", { by: z.closedBy, time: fullTime(z.closedAtMs) })),
          h("p", { class: "muted small" }, t("shifts.z.currency", { currency: cur }), " · ", shortId(s.id))),
        h("button", { type: "button", class: "ghost", id: "z-close", onclick: closeReport }, t("shifts.z.close"))),
      h("div", { class: "z-grid" },
        h("div", {}, h("h3", {}, t("shifts.z.drawerTitle")), drawerTable),
        h("div", {}, h("h3", {}, t("shifts.z.salesTitle")), figureTable("z-sales", sales, `z-sales-${s.id.slice(0, 8)}`))),
      h("h3", {}, t("shifts.z.paymentsTitle")), payments,
      h("h3", {}, t("shifts.z.categoriesTitle")), categories,
      h("h3", {}, t("shifts.z.movementsTitle")), movements,
      h("h3", {}, t("shifts.z.voidsTitle")), voids);
    replace(report, panel);
    if (scroll) panel.scrollIntoView({ block: "start" });
  }

  function closeReport() {
    shown = null;
    replace(report);
  }

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("shifts.title")),
      h("p", { class: "muted" }, t("shifts.intro", { branch: frame.branch.name })))),
    list, report);
  load();

  return {
    onEvent(type) {
      if (type === "shifts" || type === "open" || type === "terminals" || type === "catalog") load();
    },
    dispose() {
      disposed = true;
    },
  };
}
