// Stock: the branch's stock items (level, held by open checks, available), the 86 list (dishes that cannot be
// made), a new item, adjustments (delivery, waste, count) and their log, one item's ledger, and the recipes that
// tie dishes to stock. Read again on "changes" (a sale, an adjustment) and "catalog" (an item, a recipe, the menu).
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { language, t } from "../i18n.js";
import { number, time } from "../format.js";
import { dataTable } from "../table.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { oneAtATime } from "../reads.js";

export const id = "stock";
export const titleKey = "stock.nav";
export const needsBranch = true;

const REASONS = { DELIVERY: "stock.reasonDelivery", WASTE: "stock.reasonWaste", COUNT: "stock.reasonCount",
  SALE: "stock.reasonSale" };

/** "12" or "-3" (a real minus too) -> a number; anything else goes to the server as typed, which names the field. */
/** A number inside an Arabic sentence keeps its own left-to-right order (an isolate). */
function iso(text) {
  return language() === "ar" ? `\u2066${text}\u2069` : text;
}

function wholeNumber(text) {
  const plain = text.trim().replace(/[\s,]/g, "").replace(/^[\u2212]/, "-").replace(/^\+/, "");
  return /^-?\d+$/.test(plain) ? Number(plain) : text;
}

/**
 * Some refusals name their field only in the message ("a delivery adds stock: delta must be positive",
 * "portions[0].perPortion must be ..."): put them next to that field all the same.
 */
function locate(error, names) {
  if (error.field || error.code !== "INVALID_FIELD") return error;
  const found = names.find((name) => new RegExp(`(^|\\W)${name.replace(/[[\].]/g, "\\$&")}(\\W|$)`)
    .test(error.message ?? ""));
  if (found) error.field = found;
  return error;
}

export function render(main, frame) {
  const branch = frame.branch;
  const base = `/branches/${branch.id}`;
  let items = [];
  let adjustments = [];
  let recipes = [];
  let menu = [];
  let soldOut = [];
  let ledgerItem = "";
  let disposed = false;

  const top = formMessage();
  const soldOutArea = h("section", { class: "card", id: "stock-sold-out" });
  const levelsArea = h("section", { class: "card", id: "stock-levels-card" });
  const ledgerArea = h("section", { class: "card", id: "stock-ledger-card" });
  const recipesArea = h("section", { class: "card", id: "stock-recipes-card" });

  // a new stock item
  const nameInput = h("input", { type: "text", autocomplete: "off", maxlength: 200 });
  const unitInput = h("input", { type: "text", autocomplete: "off", maxlength: 40 });
  const itemForm = h("form", { class: "card", id: "stock-item-form", novalidate: true },
    h("h2", {}, t("stock.addTitle")), formMessage(),
    field("name", "stock.name", nameInput), field("unit", "stock.unitField", unitInput),
    h("button", { type: "submit", class: "primary" }, t("stock.add")));

  // an adjustment
  const itemSelect = h("select", {});
  const reasonSelect = h("select", {}, ["DELIVERY", "WASTE", "COUNT"].map((r) => h("option", { value: r }, t(REASONS[r]))));
  const deltaInput = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
  const noteInput = h("input", { type: "text", autocomplete: "off", maxlength: 200 });
  const adjustForm = h("form", { class: "card", id: "stock-adjust-form", novalidate: true },
    h("h2", {}, t("stock.adjustTitle")), h("p", { class: "muted small" }, t("stock.deltaHelp")), formMessage(),
    field("stockItemId", "stock.item", itemSelect), field("reason", "stock.reason", reasonSelect),
    field("delta", "stock.delta", deltaInput), field("note", "stock.note", noteInput),
    h("button", { type: "submit", class: "primary" }, t("stock.record")));

  // a recipe
  const dishSelect = h("select", { onchange: () => fillRecipe() });
  const portionRows = h("div", { class: "stock-portions", id: "stock-portions" });
  const recipeForm = h("form", { class: "card", id: "stock-recipe-form", novalidate: true },
    h("h2", {}, t("stock.recipeFormTitle")), formMessage(),
    field("menuItemId", "stock.menuItem", dishSelect),
    h("p", { class: "strong" }, t("stock.recipe")),
    portionRows,
    h("div", { class: "row" },
      h("button", { type: "button", class: "ghost", id: "stock-add-portion", onclick: () => addPortion() },
        t("stock.addPortion")),
      h("button", { type: "submit", class: "primary" }, t("stock.saveRecipe"))));

  const dishName = (dish) => (language() === "ar" ? dish.nameAr : dish.nameEn) || dish.nameEn;
  const itemById = (itemId) => items.find((i) => i.id === itemId);
  const dishById = (dishId) => menu.find((d) => d.id === dishId);

  const load = oneAtATime(read, () => disposed);

  async function read() {
    try {
      const [s, a, r, m, o] = await Promise.all([api.get(`${base}/stock`), api.get(`${base}/stock/adjustments`),
        api.get(`${base}/recipes`), api.get(`${base}/menu`), api.get(`${base}/sold-out`)]);
      if (disposed) return;
      items = s;
      adjustments = a;
      recipes = r;
      menu = m.items;
      soldOut = o;
      draw();
    } catch (error) {
      if (!(error instanceof ApiError) || disposed) throw error;
      showMessage(main, describe(error), "error");
    }
  }

  function draw() {
    drawSoldOut();
    drawLevels();
    drawLedger();
    drawRecipes();
    fillSelect(itemSelect, itemSelect.value);
    for (const select of portionRows.querySelectorAll(".portion-item")) fillSelect(select, select.value);
    fillDishes();
  }

  function drawSoldOut() {
    replace(soldOutArea, h("h2", {}, t("stock.soldOutTitle")), dataTable([
      { labelKey: "stock.dish", cell: (r) => h("span", { class: "strong", "data-menu-item": r.menuItemId },
        dishById(r.menuItemId) ? dishName(dishById(r.menuItemId)) : r.name), csv: (r) => r.name },
      { labelKey: "stock.limitedBy", cell: (r) => r.limitedBy.map((i) => itemById(i)?.name ?? i).join(", ") },
    ], soldOut, { id: "stock-sold-out-table", csvName: "sold-out", emptyKey: "stock.soldOutEmpty" }));
    soldOutArea.classList.toggle("alert", soldOut.length > 0);
  }

  function drawLevels() {
    replace(levelsArea, h("h2", {}, t("stock.levelsTitle")), dataTable([
      { labelKey: "stock.item", cell: (r) => h("span", { class: "strong", "data-stock-item": r.id }, r.name),
        csv: (r) => r.name },
      { labelKey: "stock.unit", cell: (r) => r.unit },
      { labelKey: "stock.level", num: true, cell: (r) => number(r.level), csv: (r) => r.level },
      { labelKey: "stock.held", num: true, cell: (r) => number(r.held), csv: (r) => r.held },
      { labelKey: "stock.available", num: true, cell: (r) => h("span", {
        class: r.available <= 0 ? "stock-none" : null, "data-available": r.id }, number(r.available)),
      csv: (r) => r.available },
      { labelKey: "stock.ledger", cell: (r) => h("button", { type: "button", class: "ghost small", "data-ledger": r.id,
        onclick: () => {
          ledgerItem = r.id;
          drawLedger();
          ledgerArea.scrollIntoView({ block: "start" });
        } }, t("stock.showLedger")), csv: () => "" },
    ], items, { id: "stock-levels", csvName: "stock-levels", emptyKey: "stock.levelsEmpty" }));
  }

  function drawLedger() {
    const filter = h("select", { id: "stock-ledger-item", onchange: (event) => {
      ledgerItem = event.target.value;
      drawLedger();
    } }, h("option", { value: "" }, t("stock.allItems")),
    items.map((i) => h("option", { value: i.id, selected: i.id === ledgerItem }, i.name)));
    const rows = ledgerItem ? adjustments.filter((a) => a.stockItemId === ledgerItem) : adjustments;
    const item = itemById(ledgerItem);
    replace(ledgerArea,
      h("div", { class: "stock-ledger-head" }, h("h2", {}, item ? t("stock.ledgerOf", { item: item.name })
        : t("stock.ledgerTitle")),
      h("label", { class: "stock-inline" }, h("span", { class: "muted" }, t("stock.ledgerItem")), filter)),
      item ? h("p", { class: "muted small", id: "stock-ledger-balance" }, t("stock.balance", {
        level: number(item.level), unit: item.unit, held: number(item.held), available: number(item.available) }))
        : null,
      dataTable([
        { labelKey: "stock.when", cell: (r) => time(r.createdAtMs), csv: (r) => new Date(r.createdAtMs).toISOString() },
        { labelKey: "stock.item", cell: (r) => itemById(r.stockItemId)?.name ?? r.stockItemId },
        { labelKey: "stock.reason", cell: (r) => t(REASONS[r.reason] ?? "stock.reasonSale"), csv: (r) => r.reason },
        { labelKey: "stock.change", num: true, cell: (r) => h("span", { dir: "ltr" }, signed(r.delta)),
          csv: (r) => r.delta },
        { labelKey: "stock.note", cell: (r) => r.note ?? "" },
      ], rows.slice(0, 200), { id: "stock-ledger", csvName: item ? `stock-ledger-${item.name}` : "stock-ledger",
        emptyKey: "stock.ledgerEmpty" }));
  }

  function drawRecipes() {
    const tracked = recipes.filter((r) => r.portions.length > 0).map((r) => ({ ...r, dish: dishById(r.menuItemId) }))
      .sort((a, b) => (a.dish ? dishName(a.dish) : "").localeCompare(b.dish ? dishName(b.dish) : ""));
    replace(recipesArea, h("h2", {}, t("stock.recipesTitle")), dataTable([
      { labelKey: "stock.dish", cell: (r) => h("span", { class: "strong", "data-recipe": r.menuItemId },
        r.dish ? dishName(r.dish) : r.menuItemId), csv: (r) => (r.dish ? dishName(r.dish) : r.menuItemId) },
      // each portion isolated, so an English item name keeps its order inside an Arabic page
      { labelKey: "stock.recipe", cell: (r) => h("span", {}, r.portions.flatMap((p, i) =>
        [i > 0 ? " + " : null, h("bdi", {}, portionText(p))])),
      csv: (r) => r.portions.map((p) => portionText(p)).join(" + ") },
      { labelKey: "stock.editRecipe", cell: (r) => h("button", { type: "button", class: "ghost small",
        "data-edit-recipe": r.menuItemId, onclick: () => {
          dishSelect.value = r.menuItemId;
          fillRecipe();
          recipeForm.scrollIntoView({ block: "start" });
        } }, t("stock.editRecipe")), csv: () => "" },
    ], tracked, { id: "stock-recipes", csvName: "recipes", emptyKey: "stock.recipesEmpty" }));
  }

  function portionText(p) {
    const item = itemById(p.stockItemId);
    return t("stock.portionLine", { quantity: iso(number(p.perPortion)), unit: item?.unit ?? "",
      item: iso(item?.name ?? p.stockItemId) });
  }

  function signed(delta) {
    return delta > 0 ? `+${number(delta)}` : number(delta);
  }

  function fillSelect(select, keep) {
    replace(select, h("option", { value: "" }, t("stock.chooseItem")),
      items.map((i) => h("option", { value: i.id, selected: i.id === keep }, `${i.name} (${i.unit})`)));
    select.value = items.some((i) => i.id === keep) ? keep : "";
  }

  function fillDishes() {
    const keep = dishSelect.value;
    const dishes = menu.filter((d) => d.active || recipes.some((r) => r.menuItemId === d.id && r.portions.length))
      .sort((a, b) => a.category.localeCompare(b.category) || dishName(a).localeCompare(dishName(b)));
    replace(dishSelect, h("option", { value: "" }, t("stock.chooseDish")),
      dishes.map((d) => h("option", { value: d.id }, `${dishName(d)} · ${d.category}`)));
    dishSelect.value = dishes.some((d) => d.id === keep) ? keep : "";
  }

  /** The rows of the chosen dish's recipe as it stands (one empty row for a dish not tracked). */
  function fillRecipe() {
    clearMessages(recipeForm);
    replace(portionRows);
    const recipe = recipes.find((r) => r.menuItemId === dishSelect.value);
    const portions = recipe?.portions ?? [];
    if (portions.length === 0) addPortion();
    else portions.forEach((p) => addPortion(p));
  }

  function addPortion(portion = null) {
    const i = portionRows.children.length;
    const select = h("select", { id: `field-portion-${i}-item`, class: "portion-item" });
    fillSelect(select, portion?.stockItemId ?? "");
    const amount = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr",
      id: `field-portion-${i}-amount`, class: "portion-amount", value: portion ? String(portion.perPortion) : "1" });
    const row = h("div", { class: "row stock-portion", "data-portion": i },
      field(`portions[${i}].stockItemId`, "stock.stockItem", select),
      field(`portions[${i}].perPortion`, "stock.perPortion", amount),
      h("button", { type: "button", class: "ghost", onclick: () => {
        row.remove();
        renumber();
      } }, t("stock.removePortion")));
    portionRows.append(row);
  }

  // after a row is removed, field names follow the rows again so a refusal lands on the right one
  function renumber() {
    [...portionRows.children].forEach((row, i) => {
      row.dataset.portion = i;
      row.querySelectorAll(".field").forEach((f) => {
        f.dataset.field = f.dataset.field.replace(/^portions\[\d+]/, `portions[${i}]`);
      });
    });
  }

  itemForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(itemForm);
    busy(itemForm, async () => {
      try {
        const made = await api.post(`${base}/stock`, { name: nameInput.value.trim(), unit: unitInput.value.trim() });
        nameInput.value = "";
        unitInput.value = "";
        showMessage(itemForm, t("stock.added", { name: made.name }), "success");
        await load();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.code === "STOCK_ITEM_EXISTS") error.field = "name";
        showRefusal(itemForm, locate(error, ["name", "unit"]), { name: error.code === "STOCK_ITEM_EXISTS" ? "stock.exists" : undefined });
      }
    });
  });

  adjustForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(adjustForm);
    busy(adjustForm, async () => {
      const item = itemById(itemSelect.value);
      const delta = wholeNumber(deltaInput.value);
      try {
        const body = { stockItemId: itemSelect.value, reason: reasonSelect.value, delta };
        if (noteInput.value.trim()) body.note = noteInput.value.trim();
        await api.post(`${base}/stock/adjustments`, body);
        deltaInput.value = "";
        noteInput.value = "";
        showMessage(adjustForm, t("stock.recorded", { item: item?.name ?? "", delta: iso(signed(delta)), unit: item?.unit ?? "",
          reason: t(REASONS[reasonSelect.value]) }), "success");
        await load();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (!itemSelect.value && error.code === "INVALID_FIELD") error.field = "stockItemId";
        showRefusal(adjustForm, locate(error, ["delta", "note", "reason", "stockItemId"]),
          { stockItemId: "stock.chooseItemError", delta: "stock.deltaInvalid" });
      }
    });
  });

  recipeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(recipeForm);
    busy(recipeForm, async () => {
      const dish = dishById(dishSelect.value);
      if (!dish) {
        showRefusal(recipeForm, { field: "menuItemId", message: t("stock.chooseDishError") });
        return;
      }
      const portions = [...portionRows.children].map((row) => ({
        stockItemId: row.querySelector(".portion-item").value,
        perPortion: wholeNumber(row.querySelector(".portion-amount").value),
      }));
      const names = portions.flatMap((p, i) => [`portions[${i}].stockItemId`, `portions[${i}].perPortion`]);
      try {
        await api.put(`${base}/menu-items/${dish.id}/recipe`, { portions });
        showMessage(recipeForm, t(portions.length ? "stock.recipeSaved" : "stock.recipeCleared",
          { dish: dishName(dish) }), "success");
        await load();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        showRefusal(recipeForm, locate(error, names));
      }
    });
  });

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("stock.title")),
      h("p", { class: "muted" }, t("stock.intro", { branch: branch.name })))),
    top, soldOutArea, levelsArea,
    h("div", { class: "cards" }, adjustForm, itemForm),
    ledgerArea, recipesArea, recipeForm);
  addPortion();
  load();

  return {
    onEvent(type) {
      if (type === "changes" || type === "catalog" || type === "open") load();
    },
    dispose() {
      disposed = true;
    },
  };
}
