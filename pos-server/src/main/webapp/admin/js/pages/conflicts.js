// Conflicts: the branch's review queue. Each open conflict shows its versions side by side (which till, when, what
// it set field by field, what differs between them marked) with the choices that fit it: keep one version, keep them all, or reject a late change to a paid check.
// Resolved ones are listed with who resolved them and how. Re-read on the "changes" event (a resolution, or a
// till's change that opens or closes a conflict).
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { money, number, time } from "../format.js";
import { busy, clearMessages, formMessage, showMessage, showRefusal } from "../forms.js";
import { dataTable } from "../table.js";
import { SERVER_ORIGIN, fullTime, shortId, tillNames } from "./ops-common.js";

export const id = "conflicts";
export const titleKey = "conflicts.nav";
export const needsBranch = true;

const KINDS = {
  CONCURRENT_EDIT: "conflicts.kind.CONCURRENT_EDIT",
  VOID_VS_EDIT: "conflicts.kind.VOID_VS_EDIT",
  VOID_AFTER_SEND: "conflicts.kind.VOID_AFTER_SEND",
  LATE_FOR_SETTLED: "conflicts.kind.LATE_FOR_SETTLED",
};
const FIELDS = {
  quantity: "conflicts.field.quantity",
  note: "conflicts.field.note",
  discount: "conflicts.field.discount",
  void: "conflicts.field.void",
  line: "conflicts.field.line",
  guests: "conflicts.field.guests",
  table: "conflicts.field.table",
};
const ORDER_STATUS = {
  OPEN: "conflicts.orderOpen",
  SETTLED: "conflicts.orderSettled",
  CANCELLED: "conflicts.orderCancelled",
};
const FILTERS = [["open", "conflicts.statusOpen"], ["resolved", "conflicts.statusResolved"],
  ["all", "conflicts.statusAll"]];

export function render(main, frame) {
  const base = `/branches/${frame.branch.id}`;
  const list = h("div", { id: "conflict-list" }, h("p", { class: "muted" }, t("common.loading")));
  const notice = h("div", { id: "conflicts-notice" }, formMessage());
  const status = h("select", { id: "conflicts-status", onchange: () => load() },
    FILTERS.map(([value, key]) => h("option", { value, selected: value === "open" }, t(key))));
  let names = new Map();
  let disposed = false;
  let loading = null;

  function tillName(terminalId) {
    if (terminalId === SERVER_ORIGIN) return t("conflicts.server");
    return names.get(terminalId) ?? terminalId.slice(0, 8);
  }

  function kindText(kind) {
    return KINDS[kind] ? t(KINDS[kind]) : kind;
  }

  /** The server says "quantity 3" under the field's own label: "3". */
  function shownValue(field, value) {
    return value.startsWith(`${field} `) ? value.slice(field.length + 1) : value;
  }

  function fieldText(field) {
    return FIELDS[field] ? t(FIELDS[field]) : field;
  }

  /**
   * What a version sets, one row per part (GET conflicts' versions[].changes), in the page's language: [key, label,
   * text]. Empty when the server did not say (a row stored before it kept the parts): the value's sentence then.
   */
  function parts(changes, currency, tables) {
    const rows = [];
    const c = changes ?? {};
    const discount = (d) => t(d.kind === "PERCENT" ? "conflicts.discountPercent" : "conflicts.discountAmount",
      { percent: number(d.value / 100), amount: money(d.value, currency), reason: d.reason });
    if (c.added) rows.push(["added", t("conflicts.part.added"), t("conflicts.line", c.added)]);
    if ("quantity" in c) rows.push(["quantity", fieldText("quantity"), number(c.quantity)]);
    if ("note" in c) rows.push(["note", fieldText("note"), c.note === "" ? t("conflicts.noteCleared") : c.note]);
    if (c.void) rows.push(["void", fieldText("void"), t("conflicts.voidValue", c.void)]);
    if (c.restored) rows.push(["restored", fieldText("void"), t("conflicts.restored")]);
    if (c.sent) rows.push(["sent", t("conflicts.part.kitchen"), t("conflicts.sent")]);
    if (c.fired) rows.push(["fired", t("conflicts.part.course"), t("conflicts.fired")]);
    if (c.discount) rows.push(["discount", fieldText("discount"), discount(c.discount)]);
    if (c.discountOff) rows.push(["discountOff", fieldText("discount"), t("conflicts.discountOff")]);
    if ("guests" in c) rows.push(["guests", fieldText("guests"), c.guests === null ? "—" : number(c.guests)]);
    if ("table" in c) {
      rows.push(["table", fieldText("table"), c.table === null ? t("conflicts.tableNone")
        : tables.get(c.table) ?? c.table.slice(0, 8)]);
    }
    return rows;
  }

  /** The parts whose value is not the same in every version (or that only some versions set). */
  function differing(versions) {
    const all = versions.map((v) => v.changes ?? {});
    const keys = new Set(all.flatMap((c) => Object.keys(c)));
    return new Set([...keys].filter((k) => new Set(all.map((c) => JSON.stringify(c[k] ?? null))).size > 1));
  }

  // one read at a time: an event during a read asks for one more read after it
  async function load() {
    if (loading) {
      loading.again = true;
      return;
    }
    loading = { again: false };
    try {
      const [conflicts, tills, tables] = await Promise.all([
        api.get(`${base}/conflicts?status=${status.value}`), tillNames(frame.branch.id),
        api.get(`${base}/tables`).catch(() => [])]);
      names = tills;
      const open = conflicts.filter((c) => c.status === "OPEN");
      const orders = await ordersOf(open);
      if (!disposed) draw(conflicts, orders, new Map(tables.map((table) => [table.id, table.label])));
    } catch (error) {
      if (error instanceof ApiError && !disposed) replace(list, h("p", { class: "form-message error" }, describe(error)));
    } finally {
      const again = loading.again;
      loading = null;
      if (again && !disposed) load();
    }
  }

  /** The orders the open conflicts belong to (their lines and table), read once each; a missing one is left out. */
  async function ordersOf(conflicts) {
    const ids = [...new Set(conflicts.map((c) => c.orderId))].slice(0, 50);
    const found = await Promise.all(ids.map((orderId) => api.get(`${base}/orders/${orderId}`).catch(() => null)));
    return new Map(found.filter(Boolean).map((order) => [order.id, order]));
  }

  function draw(conflicts, orders, tables) {
    const open = conflicts.filter((c) => c.status === "OPEN");
    const resolved = conflicts.filter((c) => c.status !== "OPEN");
    const parts = [];
    if (status.value !== "resolved") {
      parts.push(h("h2", { class: "section-title" }, t("conflicts.openTitle", { n: open.length })));
      parts.push(open.length === 0
        ? h("div", { class: "card empty", id: "conflicts-none" }, h("p", { class: "muted" }, t("conflicts.empty")))
        : h("div", { class: "conflict-cards" }, open.map((c) => card(c, orders.get(c.orderId), tables))));
    }
    if (status.value !== "open") {
      parts.push(h("h2", { class: "section-title" }, t("conflicts.resolvedTitle", { n: resolved.length })));
      parts.push(resolvedTable(resolved));
    }
    replace(list, parts);
  }

  /** "Order 1a2b3c4d · table T1 · Hummus × 5": what the conflict belongs to. */
  function belongsTo(c, order, tables) {
    const line = order?.lines?.find((l) => l.id === c.lineId);
    return h("p", { class: "conflict-order" },
      t("conflicts.order"), " ", shortId(c.orderId),
      order?.tableId ? [" · ", t("conflicts.table", { table: tables.get(order.tableId) ?? order.tableId.slice(0, 8) })]
        : null,
      line ? [" · ", h("bdi", {}, t("conflicts.line", { name: line.name, quantity: line.quantity }))] : null,
      order ? [" · ", ORDER_STATUS[order.status] ? t(ORDER_STATUS[order.status]) : order.status] : null);
  }

  function card(c, order, tables) {
    const form = h("form", { class: "card conflict", "data-conflict": c.id, novalidate: true });
    const late = c.kind === "LATE_FOR_SETTLED";
    const currency = order?.currency ?? frame.branch.currency;
    const differs = differing(c.versions);
    const whatItSets = (v) => {
      const rows = parts(v.changes, currency, tables);
      if (rows.length === 0) {
        return h("p", { class: "version-value" }, h("span", { class: "muted" }, fieldText(c.field), ": "),
          h("bdi", { class: "value" }, shownValue(c.field, v.value)));
      }
      return h("dl", { class: "version-parts" }, rows.map(([key, label, text]) =>
        h("div", { class: differs.has(key) ? "part differs" : "part", "data-part": key },
          h("dt", {}, label), h("dd", {}, h("bdi", { class: "value" }, text)))));
    };
    const versions = h("div", { class: "conflict-versions" }, c.versions.map((v, i) =>
      h("section", { class: "conflict-version", "data-version": v.stamp },
        h("p", { class: "version-label muted small" }, t("conflicts.version", { n: i + 1 })),
        h("p", { class: "version-till strong" }, tillName(v.terminalId)),
        h("p", { class: "version-time muted" }, time(v.atMs)),
        whatItSets(v),
        h("button", { type: "submit", class: "primary", value: "KEEP", "data-keep": v.stamp },
          t(late ? "conflicts.accept" : "conflicts.keep")))));
    const others = [];
    if (c.kind !== "VOID_AFTER_SEND" && c.versions.length > 1) {
      others.push(h("button", { type: "submit", class: "ghost", value: "KEEP_BOTH", "data-choice": "KEEP_BOTH" },
        t(late ? "conflicts.acceptAll" : "conflicts.keepBoth")));
    }
    if (late) {
      others.push(h("button", { type: "submit", class: "danger-outline", value: "REJECT", "data-choice": "REJECT" },
        t("conflicts.reject")));
    }
    form.append(
      h("div", { class: "conflict-head" },
        h("h3", {}, kindText(c.kind)),
        h("span", { class: "muted small" }, t("conflicts.detected", { time: time(c.detectedAt) }))),
      belongsTo(c, order, tables),
      h("p", { class: "muted small" }, t(late ? "conflicts.helpLate" : "conflicts.help", { field: fieldText(c.field) })),
      formMessage(),
      versions,
      others.length ? h("div", { class: "conflict-others" }, others) : null);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const button = event.submitter;
      const body = button.value === "KEEP" ? { choice: "KEEP", version: button.dataset.keep } : { choice: button.value };
      resolve(form, c, body);
    });
    return form;
  }

  function resolve(form, c, body) {
    clearMessages(form);
    const buttons = [...form.querySelectorAll("button")];
    buttons.forEach((b) => { b.disabled = true; });
    busy(form, async () => {
      try {
        const done = await api.post(`${base}/conflicts/${c.id}/resolution`, body);
        showMessage(notice, t("conflicts.resolvedDone", { how: how(done) }), "success");
        await load();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        showRefusal(form, error);
        // someone else decided first: show the queue as it is now
        if (error.code === "CONFLICT_NOT_OPEN" || error.code === "UNKNOWN_CONFLICT") load();
      } finally {
        buttons.forEach((b) => { b.disabled = false; });
      }
    });
  }

  /** How a conflict was resolved, in words: "Kept Counter A's version (quantity 3)". */
  function how(c) {
    if (c.resolvedBy === "merge") return t("conflicts.howMerge");
    const r = c.resolution ?? {};
    switch (r.choice) {
      case "KEEP": {
        const kept = c.versions.find((v) => v.stamp === r.version);
        return kept ? t("conflicts.howKeep", { till: tillName(kept.terminalId), value: kept.value })
          : t("conflicts.howKeep", { till: "?", value: r.version });
      }
      case "KEEP_BOTH": return t("conflicts.howKeepBoth");
      case "REJECT": return t("conflicts.howReject");
      case "CUSTOM": return t("conflicts.howCustom");
      default: return "";
    }
  }

  function versionsText(c) {
    return c.versions.map((v) => `${tillName(v.terminalId)}: ${v.value}`).join(" · ");
  }

  function resolvedTable(rows) {
    return dataTable([
      { labelKey: "conflicts.colDetected", cell: (c) => time(c.detectedAt), csv: (c) => fullTime(c.detectedAt) },
      { labelKey: "conflicts.colWhat", cell: (c) => [kindText(c.kind), h("div", { class: "muted small" }, fieldText(c.field))],
        csv: (c) => `${kindText(c.kind)} (${fieldText(c.field)})` },
      { labelKey: "conflicts.colOrder", cell: (c) => shortId(c.orderId), csv: (c) => c.orderId },
      { labelKey: "conflicts.colVersions", cell: (c) => h("bdi", {}, versionsText(c)), csv: versionsText },
      { labelKey: "conflicts.colResolvedBy", cell: (c) => h("span", { class: "resolved-by" }, c.resolvedBy ?? "") },
      { labelKey: "conflicts.colHow", cell: (c) => h("span", { class: "resolved-how" }, how(c)) },
      { labelKey: "conflicts.colResolvedAt", cell: (c) => (c.resolvedAt ? time(c.resolvedAt) : ""),
        csv: (c) => (c.resolvedAt ? fullTime(c.resolvedAt) : "") },
    ], rows, { id: "conflicts-resolved", csvName: "conflicts-resolved", emptyKey: "conflicts.emptyResolved" });
  }

  replace(main,
    h("div", { class: "page-head" },
      h("div", {}, h("h1", {}, t("conflicts.title")),
        h("p", { class: "muted" }, t("conflicts.intro", { branch: frame.branch.name }))),
      h("label", { class: "filter" }, h("span", { class: "muted" }, t("conflicts.show")), status)),
    notice, list);
  load();

  return {
    onEvent(type) {
      if (type === "changes" || type === "open" || type === "terminals") load();
    },
    dispose() {
      disposed = true;
    },
  };
}
