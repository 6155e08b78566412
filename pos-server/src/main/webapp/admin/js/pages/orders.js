// Orders: the branch's checks, searched by business day (today by default, as the server's sales zone has it),
// table, till and status (GET /orders?day=&table=&terminal=&status=&limit=), newest first, a page at a time: "Show
// more" follows the answer's Link, and X-Total-Count says how many match. Clicking an order's number opens its
// lines, payments, refunds and audit trail (order-detail.js). Re-read on the branch's events.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { language, t } from "../i18n.js";
import { moneyNode, money, number, time } from "../format.js";
import { clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { csvFileName, dataTable } from "../table.js";
import { fullTime, tillNames } from "./ops-common.js";
import { STATUSES, showOrder, statusBadge } from "./order-detail.js";
import { oneAtATime } from "../reads.js";

export const id = "orders";
export const titleKey = "orders.nav";
export const needsBranch = true;

const PAGE = 100;
const MAX_LIMIT = 1000;
const FILTER_STATUSES = [["", "orders.anyStatus"], ["open,sent", "orders.filterOpen"],
  ["settled", "orders.filterSettled"], ["cancelled", "orders.filterCancelled"]];

// what the manager chose stays while the admin is open (another page and back, the language switched);
// day: null = the server's today, "" = any day
let chosen = { branchId: null, day: null, table: "", terminal: "", status: "" };

/** An amount or a day inside an Arabic sentence keeps its own left-to-right order. */
function iso(text) {
  return language() === "ar" ? `\u2066${text}\u2069` : text;
}

/** The path (under /api) of the answer's Link rel="next", or null on the last page. */
function nextPath(headers) {
  const link = headers.get("Link");
  const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  if (!match) return null;
  const url = new URL(match[1], location.href);
  return `${url.pathname.replace(/^\/api/, "")}${url.search}`;
}

export function render(main, frame) {
  const branch = frame.branch;
  const base = `/branches/${branch.id}`;
  if (chosen.branchId !== branch.id) chosen = { branchId: branch.id, day: null, table: "", terminal: "", status: "" };

  const dayInput = h("input", { type: "date", dir: "ltr" });
  const tableSelect = h("select", {});
  const tillSelect = h("select", {});
  const statusSelect = h("select", {},
    FILTER_STATUSES.map(([value, key]) => h("option", { value }, t(key))));
  const form = h("form", { class: "card orders-filter", id: "orders-filter", novalidate: true },
    h("div", { class: "row" },
      h("div", { class: "orders-day" }, field("day", "orders.day", dayInput),
        h("button", { type: "button", class: "ghost", id: "orders-today", onclick: () => pick({ day: null }) },
          t("orders.today")),
        h("button", { type: "button", class: "ghost", id: "orders-any-day", onclick: () => pick({ day: "" }) },
          t("orders.anyDay"))),
      field("table", "orders.table", tableSelect),
      field("terminal", "orders.till", tillSelect),
      field("status", "orders.status", statusSelect)),
    formMessage());
  const summary = h("p", { class: "muted", id: "orders-summary", "aria-live": "polite" });
  const list = h("div", { id: "orders-list" }, h("p", { class: "muted" }, t("common.loading")));
  const more = h("div", { class: "orders-more" });
  const detail = h("div", { id: "order-detail-area" });
  let tables = new Map();
  let tills = new Map();
  let rows = [];
  let next = null;
  let total = 0;
  let shownDay = null;
  let shownOrder = null;
  let disposed = false;

  const tableLabel = (tableId) => (tableId ? tables.get(tableId)?.label ?? tableId.slice(0, 8) : null);
  const tillName = (terminalId) => tills.get(terminalId) ?? terminalId.slice(0, 8);

  function pick(change) {
    Object.assign(chosen, change);
    load();
  }

  dayInput.addEventListener("change", () => pick({ day: dayInput.value }));
  tableSelect.addEventListener("change", () => pick({ table: tableSelect.value }));
  tillSelect.addEventListener("change", () => pick({ terminal: tillSelect.value }));
  statusSelect.addEventListener("change", () => pick({ status: statusSelect.value }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    pick({ day: dayInput.value });
  });

  function query(limit) {
    const params = new URLSearchParams();
    params.set("day", chosen.day === null ? "today" : chosen.day);
    if (chosen.day === "") params.delete("day");
    if (chosen.table) params.set("table", chosen.table);
    if (chosen.terminal) params.set("terminal", chosen.terminal);
    if (chosen.status) params.set("status", chosen.status);
    params.set("limit", String(limit));
    return `${base}/orders?${params}`;
  }

  const load = oneAtATime(read, () => disposed);

  async function read() {
    clearMessages(form);
    try {
      const limit = Math.min(MAX_LIMIT, Math.max(PAGE, rows.length));
      const [page, tableList, names] = await Promise.all([api.getWithHeaders(query(limit)),
        api.get(`${base}/tables`), tillNames(branch.id)]);
      if (disposed) return;
      tables = new Map(tableList.map((table) => [table.id, table]));
      tills = names;
      rows = page.json;
      next = nextPath(page.headers);
      total = Number(page.headers.get("X-Total-Count") ?? rows.length);
      shownDay = page.headers.get("X-Business-Day");
      fillFilters();
      draw();
      if (shownOrder) open(shownOrder, false);
    } catch (error) {
      if (!(error instanceof ApiError) || disposed) throw error;
      if (["day", "table", "terminal", "status"].includes(error.field)) {
        showRefusal(form, error, { day: "orders.dayInvalid" });
      } else {
        showMessage(form, describe(error), "error");
      }
    }
  }

  async function showMore() {
    if (!next) return;
    try {
      const page = await api.getWithHeaders(next);
      if (disposed) return;
      rows = rows.concat(page.json);
      next = nextPath(page.headers);
      total = Number(page.headers.get("X-Total-Count") ?? total);
      draw();
    } catch (error) {
      if (!(error instanceof ApiError) || disposed) throw error;
      showMessage(form, describe(error), "error");
    }
  }

  /**
   * The selects list the branch's tables (by area, then label) and tills (by name), rebuilt only when those
   * changed (a select being used is left alone); the choices stay.
   */
  function fillFilters() {
    dayInput.value = chosen.day === null ? shownDay ?? "" : chosen.day;
    const byPlace = [...tables.values()].sort((a, b) => a.area.localeCompare(b.area) || a.label.localeCompare(
      b.label, undefined, { numeric: true }));
    fillSelect(tableSelect, "orders.anyTable", byPlace.map((table) => [table.id, t("orders.tableInArea",
      { table: table.label, area: table.area })]));
    tableSelect.value = chosen.table;
    const byName = [...tills.entries()].sort((a, b) => a[1].localeCompare(b[1]));
    fillSelect(tillSelect, "orders.anyTill", byName);
    tillSelect.value = chosen.terminal;
    statusSelect.value = chosen.status;
  }

  function fillSelect(select, anyKey, options) {
    const key = JSON.stringify(options);
    if (select.dataset.options === key) return;
    select.dataset.options = key;
    replace(select, h("option", { value: "" }, t(anyKey)),
      options.map(([value, text]) => h("option", { value }, text)));
  }

  function draw() {
    const day = chosen.day === null ? shownDay : chosen.day;
    const where = day ? t("orders.onDay", { day: iso(day) }) : t("orders.everyDay");
    replace(summary, rows.length < total
      ? t("orders.summaryPart", { shown: iso(number(rows.length)), total: iso(number(total)), where })
      : t("orders.summary", { n: iso(number(rows.length)), where }));
    main.setAttribute("data-day", day || "any");
    replace(list, dataTable([
      { labelKey: "orders.colNumber", cell: (o) => h("button", { type: "button", class: "link order-number",
        "data-open": o.id, title: o.id, onclick: () => open(o.id, true) }, t("orders.number", { number: o.number })),
      csv: (o) => o.number },
      { labelKey: "orders.colTable", cell: (o) => tableLabel(o.tableId) ?? h("span", { class: "muted" }, "—"),
        csv: (o) => tableLabel(o.tableId) ?? "" },
      { labelKey: "orders.colTill", cell: (o) => tillName(o.openedBy) },
      { labelKey: "orders.colOpened", cell: (o) => h("span", { title: fullTime(o.openedAtMs) }, time(o.openedAtMs)),
        csv: (o) => fullTime(o.openedAtMs) },
      { labelKey: "orders.colClosed", cell: (o) => (o.closedAtMs == null ? h("span", { class: "muted" }, "—")
        : h("span", { title: fullTime(o.closedAtMs) }, time(o.closedAtMs))),
      csv: (o) => (o.closedAtMs == null ? "" : fullTime(o.closedAtMs)) },
      { labelKey: "orders.colStatus", cell: (o) => statusBadge(o.status),
        csv: (o) => (STATUSES[o.status] ? t(STATUSES[o.status]) : o.status) },
      { labelKey: "orders.colTotal", num: true, cell: (o) => moneyNode(o.totalMinor, o.currency),
        csv: (o) => money(o.totalMinor, o.currency) },
      { labelKey: "orders.colPaid", num: true, cell: (o) => moneyNode(o.paidMinor, o.currency),
        csv: (o) => money(o.paidMinor, o.currency) },
      { labelKey: "orders.colRefunded", num: true, cell: (o) => (o.refundedMinor > 0
        ? moneyNode(-o.refundedMinor, o.currency, { class: "money refunded" }) : h("span", { class: "muted" }, "—")),
      csv: (o) => money(o.refundedMinor ? -o.refundedMinor : 0, o.currency) },
    ], rows, {
      id: "orders-table", csvName: csvName(day), emptyKey: "orders.empty",
      rowAttrs: (o) => ({ "data-order": o.id, class: o.id === shownOrder ? "selected" : null }),
    }));
    replace(more, next ? h("button", { type: "button", class: "ghost", id: "orders-more", onclick: showMore },
      t("orders.showMore", { n: iso(number(Math.min(PAGE, total - rows.length))) })) : null);
  }

  /** orders-<branch>-<day or all>: a name that says what the file holds. */
  function csvName(day) {
    return csvFileName("orders", branch.name, day || "all");
  }

  function open(orderId, scroll) {
    shownOrder = orderId;
    for (const row of list.querySelectorAll("tr[data-order]")) {
      row.classList.toggle("selected", row.getAttribute("data-order") === orderId);
    }
    showOrder(detail, { base, orderId, scroll, tableLabel, tillName, isDisposed: () => disposed,
      onClose: () => {
        shownOrder = null;
        replace(detail);
        for (const row of list.querySelectorAll("tr.selected")) row.classList.remove("selected");
      } });
  }

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("orders.title")),
      h("p", { class: "muted" }, t("orders.intro", { branch: branch.name })))),
    form, summary, list, more, detail);
  load();

  return {
    onEvent(type) {
      if (type === "changes" || type === "open" || type === "terminals" || type === "catalog") load();
    },
    dispose() {
      disposed = true;
    },
  };
}
