// Printing: the branch's printers, kitchen stations, routes (a menu category or a single dish to a station, the
// default station for every other dish) and each till's receipt printer. The server keeps the setup as one document
// (GET/PUT printing): the forms here (printing-forms.js) change one part of it and save the whole, so the server
// checks it all at once; its refusal names the field (printers[1].port) and shows next to it, and nothing changes.
// A till's receipt printer has a call of its own. Every change reaches the tills as a new catalog: the "catalog"
// event reads the setup again, the "terminals" event the tills.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { language, t } from "../i18n.js";
import { number } from "../format.js";
import { clearMessages, formMessage, showMessage } from "../forms.js";
import { dataTable } from "../table.js";
import { confirmDialog } from "../confirm.js";
import { printerForm, routesForm, stationForm, stationName } from "./printing-forms.js";

export const id = "printing";
export const titleKey = "printing.nav";
export const needsBranch = true;

const PAPER = { MM58: "printing.paper58", MM80: "printing.paper80" };

/** The setup as PUT takes it, from what GET (or PUT) answers. */
function asSetup(answer) {
  const { catalogVersion: _version, ...setup } = answer;
  return { defaultStation: null, ...setup };
}

function separator() {
  return language() === "ar" ? "، " : ", ";
}

export function render(main, frame) {
  const branch = frame.branch;
  const base = `/branches/${branch.id}`;
  let setup = null;
  let dishes = [];
  let tills = [];
  let disposed = false;

  const section = (sectionId, titleKey, addId, addKey, onAdd) => {
    const count = h("span", { class: "muted count", id: `${sectionId}-count` });
    // enabled once the setup is read
    const add = addId ? h("button", { type: "button", class: "primary", id: addId, disabled: true, onclick: onAdd },
      t(addKey)) : null;
    const node = h("section", { class: "menu-section", id: sectionId },
      h("div", { class: "section-head" }, h("h2", {}, t(titleKey), " ", count), add),
      formMessage(), h("div", { class: "form-area", id: `${sectionId}-form-area` }),
      h("div", { id: `${sectionId}-list` }, h("p", { class: "muted" }, t("common.loading"))));
    return { node, count, add, area: node.querySelector(".form-area"), list: node.lastChild };
  };
  const printers = section("printers", "printing.printersTitle", "printer-add", "printing.addPrinter",
    () => open(printers, printerForm(context(printers), null)));
  const stations = section("stations", "printing.stationsTitle", "station-add", "printing.addStation",
    () => open(stations, stationForm(context(stations), null)));
  const routes = section("routes", "printing.routesTitle", "routes-edit", "printing.editRoutes",
    () => open(routes, routesForm(context(routes))));
  const receipts = section("receipts", "printing.receiptsTitle");
  const sections = [printers, stations, routes, receipts];

  /** What a form needs of the page: the setup now, the dishes, how to save the whole setup, and to finish. */
  function context(where) {
    return {
      setup: () => setup,
      dishes: () => dishes,
      save,
      close: () => replace(where.area),
      done: (message) => {
        replace(where.area);
        showMessage(where.node, message, "success");
      },
    };
  }

  function open(where, form) {
    for (const s of sections) {
      replace(s.area);
      clearMessages(s.node);
    }
    replace(where.area, form);
    form.scrollIntoView({ block: "nearest" });
    form.querySelector("input:not([disabled]), select")?.focus();
  }

  async function load() {
    try {
      const [answer, menu, terminals] = await Promise.all([api.get(`${base}/printing`), api.get(`${base}/menu`),
        api.get(`${base}/terminals`)]);
      if (disposed) return;
      setup = asSetup(answer);
      dishes = [...menu.items].sort((a, b) => a.category.localeCompare(b.category) || a.sortOrder - b.sortOrder);
      tills = terminals;
      draw();
    } catch (error) {
      if (error instanceof ApiError && !disposed) showMessage(printers.node, describe(error), "error");
    }
  }

  async function loadTills() {
    try {
      const terminals = await api.get(`${base}/terminals`);
      if (disposed || !setup) return;
      tills = terminals;
      drawReceipts();
    } catch (error) {
      if (error instanceof ApiError && !disposed) showMessage(receipts.node, describe(error), "error");
    }
  }

  /**
   * PUTs the whole setup; true once it is stored (and drawn). A refusal stays with the form (form.refuse): next to
   * the field it names when the form has it, else at the form's top.
   */
  async function save(next, form) {
    try {
      setup = asSetup(await api.put(`${base}/printing`, next));
      draw();
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      form.refuse(error);
      return false;
    }
  }

  const printerNamed = (code) => setup.printers.find((p) => p.code === code);
  const printerName = (code) => printerNamed(code)?.name ?? code;
  const tillName = (terminalId) => tills.find((x) => x.terminalId === terminalId)?.name ?? terminalId;

  function draw() {
    drawPrinters();
    drawStations();
    drawRoutes();
    drawReceipts();
  }

  function drawPrinters() {
    replace(printers.count, t("printing.printerCount", { n: number(setup.printers.length) }));
    printers.add.disabled = false;
    const serves = (p) => [
      ...setup.stations.filter((s) => s.printer === p.code).map((s) => stationName(s)),
      ...setup.stations.filter((s) => s.fallback === p.code)
        .map((s) => t("printing.servesFallback", { station: stationName(s) })),
      ...setup.receiptPrinters.filter((r) => r.printer === p.code)
        .map((r) => t("printing.servesReceipts", { till: tillName(r.terminalId) })),
    ];
    const table = dataTable([
      { labelKey: "printing.printerName", cell: (p) => [h("div", { class: "strong", dir: "auto" }, p.name),
        h("div", { class: "muted small id", dir: "ltr" }, p.code)], csv: (p) => `${p.name} (${p.code})` },
      { labelKey: "printing.address", cell: (p) => h("span", { class: "id", dir: "ltr" }, `${p.host}:${p.port}`),
        csv: (p) => `${p.host}:${p.port}` },
      { labelKey: "printing.paper", cell: (p) => t(PAPER[p.paper] ?? p.paper) },
      { labelKey: "printing.serves", cell: (p) => (serves(p).length ? serves(p).join(separator())
        : h("span", { class: "muted" }, t("printing.servesNothing"))), csv: (p) => serves(p).join("; ") },
      { labelKey: "printing.actions", className: "actions", csv: () => "", cell: (p) => h("div", { class: "row-actions" },
        h("button", { type: "button", class: "ghost", "data-edit-printer": p.code,
          onclick: () => open(printers, printerForm(context(printers), p)) }, t("printing.edit")),
        h("button", { type: "button", class: "danger-outline", "data-remove-printer": p.code,
          onclick: () => removePrinter(p) }, t("printing.remove"))) },
    ], setup.printers, { id: "printer-table", csvName: `printers-${branch.name}`, emptyKey: "printing.noPrinters",
      rowAttrs: (p) => ({ "data-printer": p.code }) });
    replace(printers.list, table);
  }

  function drawStations() {
    replace(stations.count, t("printing.stationCount", { n: number(setup.stations.length) }));
    stations.add.disabled = setup.printers.length === 0;
    const table = dataTable([
      { labelKey: "printing.stationName", cell: (s) => [h("div", { class: "strong" }, stationName(s),
        s.code === setup.defaultStation ? [" ", h("span", { class: "badge online" }, t("printing.default"))] : null),
      h("div", { class: "muted small" }, language() === "ar" ? s.nameEn : h("span", { lang: "ar", dir: "rtl" }, s.nameAr))],
      csv: (s) => `${s.nameEn} / ${s.nameAr}` },
      { labelKey: "printing.stationPrinter", cell: (s) => printerName(s.printer) },
      { labelKey: "printing.fallback", cell: (s) => (s.fallback
        ? t("printing.fallbackAfter", { printer: printerName(s.fallback), seconds: number(s.fallbackAfterSeconds) })
        : h("span", { class: "muted" }, t("printing.noFallback"))),
      csv: (s) => (s.fallback ? t("printing.fallbackAfter", { printer: printerName(s.fallback),
        seconds: s.fallbackAfterSeconds }) : "") },
      { labelKey: "printing.actions", className: "actions", csv: () => "", cell: (s) => h("div", { class: "row-actions" },
        h("button", { type: "button", class: "ghost", "data-edit-station": s.code,
          onclick: () => open(stations, stationForm(context(stations), s)) }, t("printing.edit")),
        h("button", { type: "button", class: "danger-outline", "data-remove-station": s.code,
          onclick: () => removeStation(s) }, t("printing.remove"))) },
    ], setup.stations, { id: "station-table", emptyKey: setup.printers.length ? "printing.noStations"
      : "printing.noStationsNoPrinters", rowAttrs: (s) => ({ "data-station": s.code }) });
    replace(stations.list, table);
  }

  function drawRoutes() {
    routes.add.disabled = setup.stations.length === 0;
    const station = (code) => stationName(setup.stations.find((s) => s.code === code) ?? { nameEn: code, nameAr: code });
    const rows = [
      ...setup.categoryRoutes.map((r) => ({ kind: "category", what: r.category, station: r.station })),
      ...setup.itemRoutes.map((r) => {
        const dish = dishes.find((d) => d.id === r.itemId);
        return { kind: "dish", what: dish ? (language() === "ar" ? dish.nameAr : dish.nameEn) : r.itemId,
          station: r.station };
      }),
      ...(setup.defaultStation ? [{ kind: "default", what: t("printing.everythingElse"),
        station: setup.defaultStation }] : []),
    ];
    const kinds = { category: "printing.kindCategory", dish: "printing.kindDish", default: "printing.kindDefault" };
    replace(routes.count, t("printing.routeCount", { n: number(setup.categoryRoutes.length + setup.itemRoutes.length) }));
    replace(routes.list, dataTable([
      { labelKey: "printing.routeKind", cell: (r) => t(kinds[r.kind]) },
      { labelKey: "printing.routeWhat", cell: (r) => h("span", { class: r.kind === "default" ? "muted" : "strong",
        dir: "auto" }, r.what) },
      { labelKey: "printing.routeStation", cell: (r) => station(r.station) },
    ], rows, { id: "route-table", emptyKey: "printing.noRoutes",
      rowAttrs: (r) => ({ "data-route": `${r.kind}:${r.what}` }) }));
  }

  function drawReceipts() {
    const shown = tills.filter((x) => !x.revoked || receiptOf(x));
    replace(receipts.count, t("printing.tillCount", { n: number(shown.length) }));
    replace(receipts.list, dataTable([
      { labelKey: "printing.till", cell: (x) => [h("span", { class: "strong" }, x.name), x.revoked
        ? [" ", h("span", { class: "badge revoked" }, t("terminals.revoked"))] : null] },
      { labelKey: "printing.receiptPrinter", cell: receiptPicker },
    ], shown, { id: "receipt-table", emptyKey: "printing.noTills",
      rowAttrs: (x) => ({ "data-terminal": x.terminalId }) }));
  }

  function receiptOf(till) {
    return setup.receiptPrinters.find((r) => r.terminalId === till.terminalId)?.printer ?? "";
  }

  function receiptPicker(till) {
    const current = receiptOf(till);
    const select = h("select", { id: `receipt-${till.terminalId}`, "data-receipt": till.terminalId,
      "aria-label": t("printing.receiptFor", { till: till.name }), "aria-describedby": `receipt-${till.terminalId}-error`,
      onchange: () => setReceipt(till, select.value, select) },
    h("option", { value: "", selected: current === "" }, t("printing.noReceiptPrinter")),
    setup.printers.map((p) => h("option", { value: p.code, selected: p.code === current }, p.name)));
    const clear = h("button", { type: "button", class: "ghost", "data-clear-receipt": till.terminalId,
      disabled: current === "", onclick: () => setReceipt(till, "", select) }, t("printing.clearReceipt"));
    return h("div", { class: "receipt-cell" }, h("div", { class: "stock-inline" }, select, clear),
      h("p", { class: "field-error", id: `receipt-${till.terminalId}-error`, "aria-live": "polite" }));
  }

  /** One till's receipt printer ("" clears it), through its own call; the "catalog" event reads the setup again. */
  async function setReceipt(till, printer, select) {
    clearMessages(receipts.node);
    select.disabled = true;
    try {
      if (printer) await api.put(`${base}/printing/receipt-printers/${till.terminalId}`, { printer });
      else await api.delete(`${base}/printing/receipt-printers/${till.terminalId}`);
      showMessage(receipts.node, printer ? t("printing.receiptSet", { till: till.name, printer: printerName(printer) })
        : t("printing.receiptCleared", { till: till.name }), "success");
      setup = asSetup(await api.get(`${base}/printing`));
      if (!disposed) draw();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      select.disabled = false;
      select.value = receiptOf(till);
      select.setAttribute("aria-invalid", "true");
      replace(select.closest(".receipt-cell").querySelector(".field-error"), error.code === "UNKNOWN_PRINTER"
        ? t("printing.receiptUnknownPrinter") : describe(error));
    }
  }

  /** A printer a station prints on cannot go; one that is only a fallback or a receipt printer takes those along. */
  async function removePrinter(printer) {
    clearMessages(printers.node);
    const mains = setup.stations.filter((s) => s.printer === printer.code);
    if (mains.length) {
      showMessage(printers.node, t("printing.printerInUse", { name: printer.name,
        stations: mains.map((s) => stationName(s)).join(separator()) }), "error");
      return;
    }
    const fallbacks = setup.stations.filter((s) => s.fallback === printer.code);
    const receiptTills = setup.receiptPrinters.filter((r) => r.printer === printer.code);
    const sure = await confirmDialog({ id: "remove-printer-dialog", confirmId: "remove-printer-confirm",
      title: t("printing.removePrinterTitle", { name: printer.name }),
      body: [t("printing.removePrinterBody", { name: printer.name }),
        fallbacks.length ? t("printing.removePrinterFallbacks", { stations: fallbacks.map((s) => stationName(s))
          .join(separator()) }) : "",
        receiptTills.length ? t("printing.removePrinterReceipts", { tills: receiptTills.map((r) => tillName(r.terminalId))
          .join(separator()) }) : ""].filter(Boolean).join(" "),
      confirm: t("printing.removePrinterConfirm", { name: printer.name }) });
    if (!sure) return;
    await saveFromList(printers, {
      ...setup,
      printers: setup.printers.filter((p) => p.code !== printer.code),
      stations: setup.stations.map((s) => (s.fallback === printer.code ? { ...s, fallback: null } : s)),
      receiptPrinters: setup.receiptPrinters.filter((r) => r.printer !== printer.code),
    }, t("printing.printerRemoved", { name: printer.name }));
  }

  /** A station's routes go with it (its dishes go to the default station); the default goes last. */
  async function removeStation(station) {
    clearMessages(stations.node);
    const others = setup.stations.filter((s) => s.code !== station.code);
    if (station.code === setup.defaultStation && others.length) {
      showMessage(stations.node, t("printing.stationIsDefault", { name: stationName(station) }), "error");
      return;
    }
    const sure = await confirmDialog({ id: "remove-station-dialog", confirmId: "remove-station-confirm",
      title: t("printing.removeStationTitle", { name: stationName(station) }),
      body: t("printing.removeStationBody", { name: stationName(station) }),
      confirm: t("printing.removeStationConfirm", { name: stationName(station) }) });
    if (!sure) return;
    await saveFromList(stations, {
      ...setup,
      stations: others,
      categoryRoutes: setup.categoryRoutes.filter((r) => r.station !== station.code),
      itemRoutes: setup.itemRoutes.filter((r) => r.station !== station.code),
      defaultStation: others.length ? setup.defaultStation : null,
    }, t("printing.stationRemoved", { name: stationName(station) }));
  }

  async function saveFromList(where, next, done) {
    try {
      setup = asSetup(await api.put(`${base}/printing`, next));
      draw();
      showMessage(where.node, done, "success");
    } catch (error) {
      if (error instanceof ApiError) showMessage(where.node, describe(error), "error");
      else throw error;
    }
  }

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("printing.title")),
      h("p", { class: "muted" }, t("printing.intro", { branch: branch.name })))),
    ...sections.map((s) => s.node));
  load();

  return {
    // a change made here, by another manager or in another tab: the server sent the tills a new catalog
    onEvent(type) {
      if (type === "catalog" || type === "open") load();
      else if (type === "terminals") loadTills();
    },
    dispose() {
      disposed = true;
    },
  };
}
