// One order as the merge decides it (GET /orders/{id}) with its audit trail (GET /audit?subject={id}): the lines
// (modifiers, seat and course, discounts, voids), the payments (each tender in its own currency, the shares of a
// split check), the refunds, and who did what to it, when, on which till. Amounts of the check are in the branch's
// currency; a tender or a refund handed back in the other currency is shown in that one.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { language, t } from "../i18n.js";
import { money, moneyNode, number, time } from "../format.js";
import { dataTable } from "../table.js";
import { SERVER_ORIGIN, fullTime } from "./ops-common.js";

export const STATUSES = {
  OPEN: "orders.statusOPEN",
  SENT: "orders.statusSENT",
  SETTLED: "orders.statusSETTLED",
  CANCELLED: "orders.statusCANCELLED",
};
const BADGES = { OPEN: "online", SENT: "online", SETTLED: "offline", CANCELLED: "revoked" };
const METHODS = { CASH: "orders.methodCASH", CARD: "orders.methodCARD" };
const AUDIT_LIMIT = 100;

export function statusBadge(status) {
  return h("span", { class: `badge ${BADGES[status] ?? "offline"}`, "data-status": status },
    STATUSES[status] ? t(STATUSES[status]) : status);
}

function methodText(method) {
  return METHODS[method] ? t(METHODS[method]) : method;
}

/** "10%" or an amount in the check's currency. */
function discountText(discount, currency) {
  if (!discount) return "";
  return discount.kind === "PERCENT" ? `${number(discount.value / 100)}%` : money(discount.value, currency);
}

/**
 * The string of the key with each value in its own bidi isolate (<bdi>): a name, a reason or a time written
 * left to right stays whole and in its place inside an Arabic sentence, and an Arabic one inside an English one.
 */
function sentence(key, params) {
  const text = t(key);
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    parts.push(text.slice(last, m.index));
    const value = params[m[1]];
    parts.push(value instanceof Node ? value : h("bdi", {}, String(value)));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The till a record of the trail came from: the actor "terminal:<id>", or the "; terminal <id>" it ends with. */
function auditTerminal(record) {
  if (record.actor?.startsWith("terminal:")) return record.actor.slice("terminal:".length);
  const match = /terminal ([0-9a-f-]{36})\s*$/.exec(record.detail ?? "");
  return match ? match[1] : null;
}

/**
 * Reads the order and its trail into `container` and shows them. options: base (/branches/{b}), orderId, scroll
 * (bring it into view), tableLabel(id), tillName(terminalId), isDisposed(), onClose().
 */
export async function showOrder(container, options) {
  const { base, orderId } = options;
  if (!container.querySelector(`[data-order="${CSS.escape(orderId)}"]`)) {
    replace(container, h("section", { class: "card order-detail", id: "order-detail", "aria-busy": "true" },
      h("p", { class: "muted" }, t("common.loading"))));
  }
  let order;
  let trail;
  try {
    [order, trail] = await Promise.all([api.get(`${base}/orders/${orderId}`),
      api.get(`${base}/audit?limit=${AUDIT_LIMIT}&subject=${encodeURIComponent(orderId)}`)]);
  } catch (error) {
    if (!(error instanceof ApiError) || options.isDisposed()) throw error;
    replace(container, h("section", { class: "card order-detail", id: "order-detail" },
      h("p", { class: "form-message error" }, describe(error))));
    return;
  }
  if (options.isDisposed()) return;
  const panel = draw(order, trail, options);
  replace(container, panel);
  if (options.scroll) panel.scrollIntoView({ block: "start" });
}

function draw(order, trail, { tableLabel, tillName: nameOf, onClose }) {
  const cur = order.currency;
  const tillName = (terminalId) => (terminalId === SERVER_ORIGIN ? t("orders.webAdmin") : nameOf(terminalId));
  const csv = (what) => `order-${order.number}-${what}`;
  const table = tableLabel(order.tableId);
  const figures = [
    ["subtotal", "orders.subtotal", order.subtotalMinor],
    ["discount", "orders.checkDiscount", -order.discountMinor],
    ["total", "orders.total", order.totalMinor],
    ["paid", "orders.paid", order.paidMinor],
    ["refunded", "orders.refunded", -order.refundedMinor],
    ["balance", "orders.balance", order.balanceMinor],
  ];
  const modifierName = (m) => (language() === "ar" ? m.nameAr : m.nameEn);

  const lines = dataTable([
    { labelKey: "orders.colQuantity", num: true, cell: (l) => number(l.quantity) },
    { labelKey: "orders.colItem", cell: (l) => h("div", { class: "line-item" },
      h("div", { class: "strong line-name" }, h("bdi", {}, l.name)),
      l.modifiers.length ? h("ul", { class: "plain modifiers" }, l.modifiers.map((m) => h("li", {},
        h("bdi", {}, modifierName(m)), m.priceMinor > 0 ? [" ", moneyNode(m.priceMinor, cur, { class: "money muted" })]
          : null)))
        : null,
      l.note ? h("div", { class: "muted small" }, sentence("orders.note", { note: l.note })) : null,
      l.discount ? h("div", { class: "small line-discount" }, sentence("orders.lineDiscount",
        { discount: discountText(l.discount, cur), reason: l.discount.reason })) : null,
      l.voided ? h("div", { class: "small voided-by" }, sentence("orders.voidedBy", { reason: l.voided.reason,
        by: l.voided.by, time: time(l.voided.atMs), till: tillName(l.voided.terminalId) })) : null),
    csv: (l) => [l.name, ...l.modifiers.map(modifierName), l.note ?? "",
      l.discount ? `${discountText(l.discount, cur)} (${l.discount.reason})` : "",
      l.voided ? t("orders.voidedCsv", { reason: l.voided.reason, by: l.voided.by }) : ""]
      .filter(Boolean).join("; ") },
    { labelKey: "orders.colSeat", cell: (l) => (l.seat == null ? t("orders.wholeTable") : number(l.seat)) },
    { labelKey: "orders.colCourse", cell: (l) => (l.course == null ? "—" : number(l.course)) },
    { labelKey: "orders.colUnit", num: true, cell: (l) => moneyNode(l.unitPriceMinor, cur),
      csv: (l) => money(l.unitPriceMinor, cur) },
    { labelKey: "orders.colDiscount", num: true, cell: (l) => (l.discountMinor > 0
      ? moneyNode(-l.discountMinor, cur) : h("span", { class: "muted" }, "—")),
    csv: (l) => money(l.discountMinor ? -l.discountMinor : 0, cur) },
    { labelKey: "orders.colLineTotal", num: true, cell: (l) => (l.voided
      ? h("span", { class: "muted" }, t("orders.voided")) : moneyNode(l.totalMinor, cur)),
    csv: (l) => money(l.totalMinor, cur) },
  ], order.lines, { id: "order-lines", csvName: csv("lines"), emptyKey: "orders.noLines",
    rowAttrs: (l) => ({ "data-line": l.id, class: l.voided ? "voided" : null }) });

  // every tender of the settlement and of each paid share, with when and where it was taken
  const payments = [];
  const addTenders = (payment, share, atMs, terminalId) => {
    for (const tender of payment.tenders) payments.push({ share, atMs, terminalId, ...tender });
    if (payment.change.minor > 0) {
      payments.push({ share, atMs, terminalId, method: "CHANGE", currency: payment.change.currency,
        minor: -payment.change.minor });
    }
  };
  for (const part of order.parts) addTenders(part.payment, part.label, part.atMs, part.terminalId);
  if (order.paidWith) addTenders(order.paidWith, null, order.paidWith.atMs, order.paidWith.terminalId);
  const paymentInfo = order.paidWith ?? order.parts[order.parts.length - 1]?.payment;
  const paymentTable = dataTable([
    { labelKey: "orders.colTime", cell: (p) => h("span", { title: fullTime(p.atMs) }, time(p.atMs)),
      csv: (p) => fullTime(p.atMs) },
    { labelKey: "orders.colTill", cell: (p) => tillName(p.terminalId) },
    { labelKey: "orders.colShare", cell: (p) => p.share ?? t("orders.wholeCheck") },
    { labelKey: "orders.colMethod", cell: (p) => (p.method === "CHANGE" ? t("orders.change") : methodText(p.method)) },
    { labelKey: "orders.colCurrency", cell: (p) => p.currency },
    { labelKey: "orders.colAmount", num: true, cell: (p) => moneyNode(p.minor, p.currency),
      csv: (p) => money(p.minor, p.currency) },
  ], payments, { id: "order-payments", csvName: csv("payments"), emptyKey: "orders.noPayments" });

  const refunds = dataTable([
    { labelKey: "orders.colTime", cell: (r) => h("span", { title: fullTime(r.atMs) }, time(r.atMs)),
      csv: (r) => fullTime(r.atMs) },
    { labelKey: "orders.colTill", cell: (r) => tillName(r.terminalId) },
    { labelKey: "orders.colApprovedBy", cell: (r) => h("bdi", {}, r.approvedBy), csv: (r) => r.approvedBy },
    { labelKey: "orders.colReason", cell: (r) => h("bdi", {}, r.reason), csv: (r) => r.reason },
    { labelKey: "orders.colAmount", num: true, cell: (r) => moneyNode(-r.amountMinor, cur),
      csv: (r) => money(-r.amountMinor, cur) },
    { labelKey: "orders.colPaidBack", num: true, cell: (r) => [methodText(r.paidBack.method), " ",
      moneyNode(r.paidBack.minor, r.paidBack.currency)],
    csv: (r) => `${methodText(r.paidBack.method)} ${money(r.paidBack.minor, r.paidBack.currency)}` },
  ], order.refunds, { id: "order-refunds", csvName: csv("refunds"), emptyKey: "orders.noRefunds" });

  // the audit log's records about the order, and the manager's decisions on its conflicts, newest first
  const records = trail.map((r) => ({ ...r, terminalId: auditTerminal(r) }));
  for (const c of order.conflicts) {
    if (c.status !== "RESOLVED" || c.resolvedAt == null) continue;
    records.push({ atMs: c.resolvedAt, actor: c.resolvedBy ?? "", action: "CONFLICT_RESOLVED", terminalId: SERVER_ORIGIN,
      detail: `${c.field}: ${c.resolution?.choice ?? ""}` });
  }
  records.sort((a, b) => b.atMs - a.atMs);
  const audit = dataTable([
    { labelKey: "orders.colTime", cell: (r) => h("span", { title: fullTime(r.atMs) }, time(r.atMs)),
      csv: (r) => fullTime(r.atMs) },
    { labelKey: "orders.colWho", cell: (r) => h("bdi", {}, r.actor), csv: (r) => r.actor },
    { labelKey: "orders.colAction", cell: (r) => h("code", { class: "action" }, r.action), csv: (r) => r.action },
    { labelKey: "orders.colTill", cell: (r) => (r.terminalId ? tillName(r.terminalId) : "—") },
    { labelKey: "orders.colDetail", cell: (r) => h("div", { class: "detail" }, h("bdi", {}, r.detail ?? "")),
      csv: (r) => r.detail ?? "" },
  ], records, { id: "order-audit", csvName: csv("audit"), emptyKey: "orders.noAudit" });

  const opened = order.staffName
    ? sentence("orders.openedBy", { time: fullTime(order.openedAtMs), by: order.staffName,
      till: tillName(order.openedBy) })
    : sentence("orders.openedOn", { time: fullTime(order.openedAtMs), till: tillName(order.openedBy) });
  const part = (titleKey, table) => h("section", { class: "order-part" }, h("h3", {}, t(titleKey)), table);
  return h("section", { class: "card order-detail", id: "order-detail", "data-order": order.id },
    h("div", { class: "page-head" },
      h("div", {},
        h("h2", {}, t("orders.detailTitle", { number: order.number }), " ", statusBadge(order.status)),
        h("p", { class: "muted" }, table ? sentence("orders.atTable", { table, guests: number(order.guests) })
          : sentence("orders.noTable", { guests: number(order.guests) })),
        h("p", { class: "muted", id: "order-opened" }, opened),
        h("p", { class: "muted", id: "order-closed" }, order.closedAtMs == null ? t("orders.stillOpen")
          : sentence(order.status === "CANCELLED" ? "orders.cancelledAt" : "orders.settledAt",
            { time: fullTime(order.closedAtMs) })),
        order.discount ? h("p", { class: "small", id: "order-discount" }, sentence("orders.checkDiscountWas",
          { discount: discountText(order.discount, cur), reason: order.discount.reason })) : null),
      h("button", { type: "button", class: "ghost", id: "order-close", onclick: onClose }, t("orders.close"))),
    h("dl", { class: "order-figures" }, figures.map(([key, labelKey, minor]) => h("div", { "data-figure": key },
      h("dt", { class: "muted small" }, t(labelKey)), h("dd", {}, moneyNode(minor, cur))))),
    part("orders.linesTitle", lines),
    part("orders.paymentsTitle", paymentTable),
    paymentInfo ? h("p", { class: "muted small", id: "order-rate" }, paymentNote(paymentInfo)) : null,
    part("orders.refundsTitle", refunds),
    part("orders.auditTitle", audit));
}

/** "Rate 89,500 LBP per USD · VAT 11% included": what the payment was taken at. */
function paymentNote(payment) {
  const vat = t(payment.vatIncluded ? "orders.vatIncluded" : "orders.vatOnTop",
    { percent: number(payment.vatBp / 100) });
  return payment.lbpPerUsd == null ? vat
    : `${t("orders.rate", { rate: number(payment.lbpPerUsd) })} · ${vat}`;
}
