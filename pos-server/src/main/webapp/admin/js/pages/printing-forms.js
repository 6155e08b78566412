// The forms of the Printing page (printing.js): a printer, a station, the routes. Each changes one part of the setup
// and hands the whole to ctx.save, which PUTs it. Their fields are named as the setup's JSON names them
// (printers[2].port, stations[0].fallback, itemRoutes[1].station), relabelled just before the save with the place
// the part takes in the body, so the server's refusal lands next to its field.
import { h, replace } from "../dom.js";
import { language, t } from "../i18n.js";
import { number } from "../format.js";
import { busy, clearMessages, field, formMessage, showRefusal } from "../forms.js";

const PAPERS = [["MM80", "printing.paper80"], ["MM58", "printing.paper58"]];
const DEFAULT_PORT = 9100;
const DEFAULT_FALLBACK_SECONDS = 60;

/** The station's name in the page's language. */
export function stationName(station) {
  return language() === "ar" ? station.nameAr : station.nameEn;
}

function dishName(dish) {
  return language() === "ar" ? dish.nameAr : dish.nameEn;
}

/** "9100" -> 9100; anything else goes as typed, and the server says what is wrong. */
function wholeNumber(text) {
  const plain = text.trim();
  return /^\d+$/.test(plain) ? Number(plain) : text;
}

/** A code people need not think of: "Grill printer 1" -> "grill-printer-1" (Arabic leaves it to them). */
function codeOf(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
}

/** A field that is one part of a list entry: named `${prefix}${part}` once the entry's place is known. */
function part(name, labelKey, input) {
  const node = field(name, labelKey, input);
  node.dataset.part = name;
  return node;
}

/** Names the parts of the form after the place their entry takes in the body: printers[3].port. */
function relabel(form, prefix) {
  for (const node of form.querySelectorAll("[data-part]")) {
    node.dataset.field = prefix + node.dataset.part;
    node.querySelector("input, select").name = node.dataset.field;
  }
}

/** A labelled select or input whose label is data (a category), named later by relabel-like code. */
function slot(labelText, input, attrs = {}) {
  input.setAttribute("aria-describedby", `${input.id}-error`);
  return h("div", { class: "field", ...attrs }, h("label", { for: input.id }, labelText), input,
    h("p", { class: "field-error", id: `${input.id}-error`, "aria-live": "polite" }));
}

/** form.refuse(error): our words for a part we know (words(part, message) -> key), the server's otherwise. */
function refuser(form, words) {
  return (error) => {
    const place = error.field && form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
    const key = place?.dataset.part ? words(place.dataset.part, error.message) : null;
    showRefusal(form, error, key ? { [error.field]: key } : {});
  };
}

function codeWords(message) {
  return /twice/.test(message) ? "printing.codeTaken" : "printing.codeInvalid";
}

function buttons(ctx, submitKey) {
  return h("div", { class: "form-buttons" },
    h("button", { type: "submit", class: "primary" }, t(submitKey)),
    h("button", { type: "button", class: "ghost", onclick: ctx.close }, t("common.cancel")));
}

/** Runs the save when the form is sent: body(form) -> the setup to PUT, or null to stop; then done(). */
function onSubmit(form, ctx, body, done) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(form);
    const next = body();
    if (!next) return;
    busy(form, async () => {
      if (await ctx.save(next, form)) ctx.done(done());
    });
  });
}

export function printerForm(ctx, printer) {
  const code = h("input", { type: "text", id: "printer-code", autocomplete: "off", maxlength: 40, dir: "ltr",
    disabled: Boolean(printer) });
  const name = h("input", { type: "text", id: "printer-name", autocomplete: "off", maxlength: 80, dir: "auto" });
  const host = h("input", { type: "text", id: "printer-host", autocomplete: "off", maxlength: 253, dir: "ltr",
    placeholder: "192.168.1.50" });
  const port = h("input", { type: "text", id: "printer-port", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
  const paper = h("select", { id: "printer-paper" }, PAPERS.map(([value, key]) => h("option", { value }, t(key))));
  code.value = printer?.code ?? "";
  name.value = printer?.name ?? "";
  host.value = printer?.host ?? "";
  port.value = String(printer?.port ?? DEFAULT_PORT);
  paper.value = printer?.paper ?? "MM80";
  // a new printer's code follows its name until someone types one
  let codeTyped = false;
  code.addEventListener("input", () => {
    codeTyped = true;
  });
  name.addEventListener("input", () => {
    if (!printer && !codeTyped) code.value = codeOf(name.value);
  });
  const form = h("form", { class: "card", id: "printer-form", novalidate: true, "data-editing": printer?.code },
    h("h2", {}, printer ? t("printing.editPrinterTitle", { name: printer.name }) : t("printing.addPrinterTitle")),
    formMessage(),
    h("div", { class: "form-grid" },
      part("name", "printing.printerName", name),
      part("code", "printing.code", code),
      part("host", "printing.host", host),
      part("port", "printing.port", port),
      part("paper", "printing.paper", paper)),
    h("p", { class: "muted small" }, t(printer ? "printing.codeFixed" : "printing.codeHelp")),
    buttons(ctx, printer ? "common.save" : "printing.addPrinter"));
  form.refuse = refuser(form, (p, message) => ({
    code: codeWords(message), name: "printing.printerNameInvalid", host: "printing.hostInvalid",
    port: "printing.portInvalid",
  })[p]);
  const entry = () => ({ code: code.value.trim(), name: name.value.trim(), host: host.value.trim(),
    port: wholeNumber(port.value), paper: paper.value });
  onSubmit(form, ctx, () => {
    const setup = ctx.setup();
    const printers = [...setup.printers];
    const at = printer ? printers.findIndex((p) => p.code === printer.code) : printers.length;
    if (at < 0) return gone(form);
    relabel(form, `printers[${at}].`);
    printers[at] = entry();
    return { ...setup, printers };
  }, () => t(printer ? "printing.printerSaved" : "printing.printerAdded", { name: name.value.trim() }));
  return form;
}

/** The entry being edited was removed meanwhile (another manager, another tab). */
function gone(form) {
  showRefusal(form, { code: "GONE", message: t("printing.gone") });
  return null;
}

export function stationForm(ctx, station) {
  const setup = ctx.setup();
  const code = h("input", { type: "text", id: "station-code", autocomplete: "off", maxlength: 40, dir: "ltr",
    disabled: Boolean(station) });
  const nameEn = h("input", { type: "text", id: "station-nameEn", autocomplete: "off", maxlength: 80, dir: "ltr",
    lang: "en" });
  const nameAr = h("input", { type: "text", id: "station-nameAr", autocomplete: "off", maxlength: 80, dir: "rtl",
    lang: "ar" });
  const printerOptions = (none) => [none ? h("option", { value: "" }, t(none)) : null,
    ...setup.printers.map((p) => h("option", { value: p.code }, p.name))];
  const printer = h("select", { id: "station-printer" }, printerOptions(null));
  const fallback = h("select", { id: "station-fallback" }, printerOptions("printing.noFallback"));
  const seconds = h("input", { type: "text", id: "station-fallbackAfterSeconds", inputmode: "numeric",
    autocomplete: "off", dir: "ltr" });
  const first = setup.stations.length === 0 || (station && setup.stations.length === 1);
  const isDefault = Boolean(station && station.code === setup.defaultStation);
  const makeDefault = h("input", { type: "checkbox", id: "station-default", name: "defaultStation",
    checked: first || isDefault, disabled: first || isDefault });
  code.value = station?.code ?? "";
  nameEn.value = station?.nameEn ?? "";
  nameAr.value = station?.nameAr ?? "";
  printer.value = station?.printer ?? setup.printers[0]?.code ?? "";
  fallback.value = station?.fallback ?? "";
  seconds.value = String(station?.fallbackAfterSeconds ?? DEFAULT_FALLBACK_SECONDS);
  let codeTyped = false;
  code.addEventListener("input", () => {
    codeTyped = true;
  });
  nameEn.addEventListener("input", () => {
    if (!station && !codeTyped) code.value = codeOf(nameEn.value);
  });
  const form = h("form", { class: "card", id: "station-form", novalidate: true, "data-editing": station?.code },
    h("h2", {}, station ? t("printing.editStationTitle", { name: stationName(station) })
      : t("printing.addStationTitle")),
    formMessage(),
    h("div", { class: "form-grid" },
      part("nameEn", "printing.nameEn", nameEn),
      part("nameAr", "printing.nameAr", nameAr),
      part("code", "printing.code", code),
      part("printer", "printing.stationPrinter", printer),
      part("fallback", "printing.fallback", fallback),
      part("fallbackAfterSeconds", "printing.fallbackSeconds", seconds)),
    h("p", { class: "muted small" }, t("printing.fallbackHelp")),
    h("div", { class: "check", "data-field": "defaultStation" }, makeDefault,
      h("label", { for: "station-default" }, t("printing.defaultField")), h("p", { class: "field-error" })),
    buttons(ctx, station ? "common.save" : "printing.addStation"));
  form.refuse = refuser(form, (p, message) => ({
    code: codeWords(message), nameEn: "printing.stationNameInvalid", nameAr: "printing.stationNameInvalid",
    printer: "printing.stationPrinterInvalid",
    fallback: /another printer/.test(message) ? "printing.fallbackSame" : "printing.stationPrinterInvalid",
    fallbackAfterSeconds: "printing.fallbackSecondsInvalid",
  })[p]);
  onSubmit(form, ctx, () => {
    const now = ctx.setup();
    const stations = [...now.stations];
    const at = station ? stations.findIndex((s) => s.code === station.code) : stations.length;
    if (at < 0) return gone(form);
    relabel(form, `stations[${at}].`);
    const entry = { code: code.value.trim(), nameEn: nameEn.value.trim(), nameAr: nameAr.value.trim(),
      printer: printer.value, fallback: fallback.value || null, fallbackAfterSeconds: wholeNumber(seconds.value) };
    stations[at] = entry;
    return { ...now, stations,
      defaultStation: makeDefault.checked || !now.defaultStation ? entry.code : now.defaultStation };
  }, () => t(station ? "printing.stationSaved" : "printing.stationAdded", { name: language() === "ar"
    ? nameAr.value.trim() : nameEn.value.trim() }));
  return form;
}

/**
 * The routes: the default station, a station per menu category (or the default), and single dishes sent elsewhere
 * than their category. A category that left the menu keeps its route until it is set to the default here.
 */
export function routesForm(ctx) {
  const setup = ctx.setup();
  const dishes = ctx.dishes();
  const stationOptions = (noneKey) => [noneKey ? h("option", { value: "" }, t(noneKey)) : null,
    ...setup.stations.map((s) => h("option", { value: s.code }, stationName(s)))];
  const defaultStation = h("select", { id: "route-default" }, stationOptions(null));
  defaultStation.value = setup.defaultStation ?? "";

  const onMenu = [...new Set(dishes.map((d) => d.category))];
  const categories = [...onMenu, ...setup.categoryRoutes.map((r) => r.category).filter((c) => !onMenu.includes(c))];
  const categoryRows = categories.map((category, i) => {
    const select = h("select", { id: `route-category-${i}`, "data-category": category },
      stationOptions("printing.toDefault"));
    select.value = setup.categoryRoutes.find((r) => r.category === category)?.station ?? "";
    return slot(onMenu.includes(category) ? category : t("printing.categoryGone", { category }), select,
      { class: "field route-category" });
  });

  const dishRows = h("div", { class: "route-dishes", id: "route-dishes" });
  let dishRoutes = setup.itemRoutes.map((r) => ({ ...r }));
  function readDishRoutes() {
    return [...dishRows.querySelectorAll(".route-dish")].map((row) => ({
      itemId: row.querySelector("[data-part=itemId] select").value,
      station: row.querySelector("[data-part=station] select").value,
    }));
  }
  function drawDishRoutes() {
    const byCategory = [...new Set(dishes.map((d) => d.category))];
    replace(dishRows, dishRoutes.length === 0 ? h("p", { class: "muted" }, t("printing.noDishRoutes"))
      : dishRoutes.map((r, i) => {
        const dish = h("select", { id: `route-dish-${i}` }, h("option", { value: "" }, t("printing.chooseDish")),
          byCategory.map((c) => h("optgroup", { label: c }, dishes.filter((d) => d.category === c)
            .map((d) => h("option", { value: d.id }, dishName(d))))),
          r.itemId && !dishes.some((d) => d.id === r.itemId) ? h("option", { value: r.itemId }, r.itemId) : null);
        dish.value = r.itemId;
        const to = h("select", { id: `route-dish-station-${i}` }, stationOptions(null));
        to.value = r.station || setup.stations[0]?.code || "";
        return h("div", { class: "route-dish", "data-route-dish": i },
          h("span", { class: "option-number", "aria-hidden": "true" }, number(i + 1)),
          slot(t("printing.dish"), dish, { "data-part": "itemId" }),
          slot(t("printing.routeStation"), to, { "data-part": "station" }),
          h("button", { type: "button", class: "ghost", "data-remove-dish-route": i,
            "aria-label": t("printing.removeDishRouteLabel", { n: number(i + 1) }),
            onclick: () => {
              dishRoutes = readDishRoutes();
              dishRoutes.splice(i, 1);
              drawDishRoutes();
            } }, t("printing.remove")));
      }));
  }
  drawDishRoutes();

  const form = h("form", { class: "card", id: "routes-form", novalidate: true },
    h("h2", {}, t("printing.routesFormTitle")), formMessage(),
    h("p", { class: "muted small" }, t("printing.routesHelp")),
    h("div", { class: "form-grid" }, field("defaultStation", "printing.defaultStation", defaultStation)),
    h("fieldset", { class: "options", id: "route-categories" }, h("legend", {}, t("printing.byCategory")),
      categories.length ? h("div", { class: "form-grid" }, categoryRows)
        : h("p", { class: "muted" }, t("printing.noCategories"))),
    h("fieldset", { class: "options" }, h("legend", {}, t("printing.byDish")),
      h("p", { class: "muted small" }, t("printing.byDishHelp")),
      dishRows,
      h("button", { type: "button", class: "ghost", id: "dish-route-add", disabled: dishes.length === 0, onclick: () => {
        dishRoutes = readDishRoutes();
        dishRoutes.push({ itemId: "", station: "" });
        drawDishRoutes();
        dishRows.querySelector(".route-dish:last-child select")?.focus();
      } }, t("printing.addDishRoute"))),
    buttons(ctx, "common.save"));
  form.refuse = refuser(form, () => null);
  onSubmit(form, ctx, () => {
    // only what is routed goes in the body; its place there names its fields
    for (const node of form.querySelectorAll(".route-category, .route-dish [data-part]")) delete node.dataset.field;
    const categoryRoutes = [];
    for (const node of form.querySelectorAll(".route-category")) {
      const select = node.querySelector("select");
      if (!select.value) continue;
      node.dataset.field = `categoryRoutes[${categoryRoutes.length}].station`;
      categoryRoutes.push({ category: select.dataset.category, station: select.value });
    }
    const itemRoutes = [];
    for (const row of form.querySelectorAll(".route-dish")) {
      const dish = row.querySelector("[data-part=itemId]");
      const to = row.querySelector("[data-part=station]");
      if (!dish.querySelector("select").value) continue;
      dish.dataset.field = `itemRoutes[${itemRoutes.length}].itemId`;
      to.dataset.field = `itemRoutes[${itemRoutes.length}].station`;
      itemRoutes.push({ itemId: dish.querySelector("select").value, station: to.querySelector("select").value });
    }
    return { ...ctx.setup(), categoryRoutes, itemRoutes, defaultStation: defaultStation.value || null };
  }, () => t("printing.routesSaved"));
  return form;
}
