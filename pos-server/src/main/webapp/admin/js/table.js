// The one data table of the admin: columns declared once, rendered as <table class="data">, and exported as CSV
// with the same columns (the file a manager opens in a spreadsheet: UTF-8 with a byte-order mark so Arabic shows,
// every cell quoted, formulas defused).
import { h } from "./dom.js";
import { t } from "./i18n.js";

/**
 * columns: [{ labelKey, cell(row) -> text, node or nodes, csv(row) -> text (default: the cell's text), num: true,
 *            className }]
 * options: { id, csvName (file name without .csv; no export button when absent), emptyKey,
 *            rowAttrs(row) -> attributes of the row's <tr> }
 */
export function dataTable(columns, rows, options = {}) {
  if (rows.length === 0 && options.emptyKey) {
    return h("div", { class: "card empty", id: options.id }, h("p", { class: "muted" }, t(options.emptyKey)));
  }
  const table = h("table", { class: "data", id: options.id },
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { class: classOf(c) }, t(c.labelKey))))),
    h("tbody", {}, rows.map((row) => h("tr", options.rowAttrs ? options.rowAttrs(row) : {},
      columns.map((c) => h("td", { class: classOf(c) }, c.cell(row)))))));
  if (!options.csvName) return table;
  const exportButton = h("button", {
    type: "button", class: "ghost small", id: options.id ? `${options.id}-csv` : null,
    onclick: () => download(`${options.csvName}.csv`, csv(columns, rows)),
  }, t("common.exportCsv"));
  return h("div", { class: "table-block" }, h("div", { class: "table-tools" }, exportButton), table);
}

function classOf(column) {
  return [column.num ? "num" : null, column.className].filter(Boolean).join(" ") || null;
}

/**
 * A download's file name from what it holds, e.g. csvFileName("shifts", "Cedar Grill - Hamra", "2026-12-06") is
 * "shifts-Cedar-Grill-Hamra-2026-12-06": letters and digits of any script kept, everything else one "-", empty parts
 * left out.
 */
export function csvFileName(...parts) {
  return parts.map((p) => String(p ?? "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, ""))
    .filter(Boolean).join("-");
}

/** The CSV text of the rows: a header of column labels, then one line per row. */
export function csv(columns, rows) {
  const lines = [columns.map((c) => quote(t(c.labelKey)))];
  for (const row of rows) {
    lines.push(columns.map((c) => quote(c.csv ? c.csv(row) : text(c.cell(row)))));
  }
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

function text(value) {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(" ");
  return value instanceof Node ? value.textContent : String(value);
}

/** Quoted, quotes doubled; a cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
function quote(value) {
  let s = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

function download(name, content) {
  const url = URL.createObjectURL(new Blob(["\uFEFF", content], { type: "text/csv;charset=utf-8" }));
  const link = h("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
