// Menu: the branch's dishes grouped by category and its modifier groups, with the forms that add and change them
// (POST/PUT menu-items, POST/PUT modifier-groups) and the one that names a category in Arabic (arabic-names.js). The server checks every value; its refusal shows next to the
// field it names, options[1].nameAr included. Every change reaches the tills as a new catalog: the "catalog" event
// reads the menu again.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { language, t } from "../i18n.js";
import { number } from "../format.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { dataTable } from "../table.js";
import { nameCell, nameForm, shownName } from "./arabic-names.js";

export const id = "menu";
export const titleKey = "menu.nav";
export const needsBranch = true;

/** Minor units per major unit: cents for the dollar, whole pounds. */
const DECIMALS = { USD: 2, LBP: 0 };

function decimals(currency) {
  return DECIMALS[currency] ?? 2;
}

/** 1250 USD -> "12.50"; 450000 LBP -> "450,000". */
export function money(minor, currency) {
  const d = decimals(currency);
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: d, maximumFractionDigits: d })
    .format(minor / 10 ** d);
}

/** "12.50" -> 1250 (USD), "450,000" -> 450000 (LBP); anything else goes as typed, and the server says what is wrong. */
export function minorUnits(text, currency) {
  const plain = text.trim().replace(/[\s,]/g, "");
  const d = decimals(currency);
  const pattern = d === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${d}})?$`);
  if (!pattern.test(plain)) return text;
  const [whole, fraction = ""] = plain.split(".");
  return Number(whole) * 10 ** d + Number(fraction.padEnd(d, "0") || "0");
}

/** "3" -> 3; empty -> the default; anything else as typed. */
function wholeNumber(text, empty) {
  const plain = text.trim();
  if (plain === "" && empty !== undefined) return empty;
  return /^\d+$/.test(plain) ? Number(plain) : text;
}

/** The name in the page's language. */
function named(thing) {
  return language() === "ar" ? thing.nameAr : thing.nameEn;
}

/** Between the items of a list: the Arabic comma in Arabic. */
function separator() {
  return language() === "ar" ? "، " : ", ";
}

function arabic(text) {
  return h("span", { lang: "ar", dir: "rtl" }, text);
}

/** Our own words for the fields whose values people type. */
const DISH_FIELDS = {
  priceMinor: "menu.priceInvalid",
  sortOrder: "menu.sortOrderInvalid",
};
const GROUP_FIELDS = {
  min: "menu.minInvalid",
  max: "menu.maxInvalid",
};

/** Shows a refusal next to its field; a field that has no input of its own (a list) shows it at the top. */
function refuse(form, error, words) {
  const place = error.field && form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
  if (place && !place.querySelector("input, select")) {
    showMessage(form, error.message, "error");
    return;
  }
  const own = /^options\[\d+]\.priceMinor$/.test(error.field ?? "") ? { [error.field]: "menu.priceInvalid" } : {};
  showRefusal(form, error, { ...words, ...own });
}

/** Marks the rows of a data table: decorate(tr, row) for each row, in order. */
function decorateRows(block, rows, decorate) {
  const trs = block.querySelectorAll("tbody tr");
  rows.forEach((row, i) => trs[i] && decorate(trs[i], row));
}

export function render(main, frame) {
  const branch = frame.branch;
  const currency = branch.currency;
  const base = `/branches/${branch.id}`;
  let dishes = [];
  let groups = [];
  /** The Arabic name of each category that has one. */
  let categoryNames = new Map();
  let disposed = false;

  const dishNotice = formMessage();
  const dishArea = h("div", { id: "dish-form-area" });
  const dishList = h("div", { id: "dish-list" }, h("p", { class: "muted" }, t("common.loading")));
  const groupNotice = formMessage();
  const groupArea = h("div", { id: "group-form-area" });
  const groupList = h("div", { id: "group-list" });
  const dishCount = h("span", { class: "muted count", id: "dish-count" });
  const groupCount = h("span", { class: "muted count", id: "group-count" });
  const dishSection = h("section", { class: "menu-section", id: "dishes" },
    h("div", { class: "section-head" }, h("h2", {}, t("menu.dishesTitle"), " ", dishCount),
      h("button", { type: "button", class: "primary", id: "dish-add", onclick: () => dishForm(null) },
        t("menu.addDish"))),
    dishNotice, dishArea, dishList);
  const groupSection = h("section", { class: "menu-section", id: "groups" },
    h("div", { class: "section-head" }, h("h2", {}, t("menu.groupsTitle"), " ", groupCount),
      h("button", { type: "button", class: "primary", id: "group-add", onclick: () => groupForm(null) },
        t("menu.addGroup"))),
    h("p", { class: "muted small" }, t("menu.groupsIntro")),
    groupNotice, groupArea, groupList);

  async function load() {
    try {
      const menu = await api.get(`${base}/menu`);
      if (disposed) return;
      dishes = sortDishes(menu.items);
      categoryNames = new Map((menu.categories ?? []).filter((c) => c.nameAr).map((c) => [c.name, c.nameAr]));
      groups = [...menu.modifierGroups].sort((a, b) => a.sortOrder - b.sortOrder || named(a).localeCompare(named(b)));
      draw();
    } catch (error) {
      if (error instanceof ApiError && !disposed) showMessage(dishSection, describe(error), "error");
    }
  }

  function sortDishes(items) {
    return [...items].sort((a, b) => a.category.localeCompare(b.category) || a.sortOrder - b.sortOrder
      || named(a).localeCompare(named(b)));
  }

  function draw() {
    replace(dishCount, t("menu.dishCount", { n: number(dishes.length),
      active: number(dishes.filter((d) => d.active).length) }));
    replace(groupCount, t("menu.groupCount", { n: number(groups.length) }));
    const dishColumns = [
      { labelKey: "menu.category", cell: (d) => (firstOfCategory(d)
        ? nameCell("category", d.category, categoryNames, categoryForm) : ""), csv: (d) => d.category },
      { labelKey: "menu.nameEn", cell: (d) => h("span", { lang: "en", dir: "ltr" }, d.nameEn), csv: (d) => d.nameEn },
      { labelKey: "menu.nameAr", cell: (d) => arabic(d.nameAr), csv: (d) => d.nameAr },
      { labelKey: "menu.priceColumn", num: true, cell: (d) => money(d.priceMinor, currency),
        csv: (d) => money(d.priceMinor, currency) },
      { labelKey: "menu.sortOrder", num: true, cell: (d) => number(d.sortOrder), csv: (d) => String(d.sortOrder) },
      { labelKey: "menu.onMenu", cell: (d) => h("span", { class: d.active ? "badge online" : "badge offline" },
        t(d.active ? "menu.active" : "menu.inactive")), csv: (d) => t(d.active ? "menu.active" : "menu.inactive") },
      { labelKey: "menu.offeredGroups", cell: (d) => groupsOf(d).map(named).join(separator()),
        csv: (d) => groupsOf(d).map((g) => g.nameEn).join("; ") },
      { labelKey: "menu.actions", cell: dishActions, csv: () => "" },
    ];
    const dishTable = dataTable(dishColumns, dishes, { id: "dish-table", csvName: "menu", emptyKey: "menu.noDishes" });
    decorateRows(dishTable, dishes, (tr, d) => {
      tr.dataset.dish = d.id;
      if (!d.active) tr.classList.add("off-menu");
      if (firstOfCategory(d)) tr.classList.add("group-start");
    });
    replace(dishList, dishTable);

    const groupColumns = [
      { labelKey: "menu.nameEn", cell: (g) => h("span", { lang: "en", dir: "ltr" }, g.nameEn), csv: (g) => g.nameEn },
      { labelKey: "menu.nameAr", cell: (g) => arabic(g.nameAr), csv: (g) => g.nameAr },
      { labelKey: "menu.requiredColumn", cell: (g) => h("span", { class: g.min > 0 ? "badge required" : "badge offline" },
        t(g.min > 0 ? "menu.required" : "menu.optional")), csv: (g) => t(g.min > 0 ? "menu.required" : "menu.optional") },
      { labelKey: "menu.choose", cell: (g) => t("menu.chooseValue", { min: number(g.min), max: number(g.max) }),
        csv: (g) => t("menu.chooseValue", { min: g.min, max: g.max }) },
      { labelKey: "menu.options", cell: (g) => h("ul", { class: "plain" }, g.options.map((o) => h("li", {}, named(o),
        o.priceMinor > 0 ? [" ", h("span", { class: "muted", dir: "ltr" }, `+${money(o.priceMinor, currency)}`)] : null))),
      csv: (g) => g.options.map((o) => `${o.nameEn} / ${o.nameAr} +${money(o.priceMinor, currency)}`).join("; ") },
      { labelKey: "menu.groupDishes", cell: (g) => dishNames(g), csv: (g) => g.menuItemIds
        .map((i) => dishes.find((d) => d.id === i)?.nameEn ?? i).join("; ") },
      { labelKey: "menu.actions", cell: (g) => h("button", { type: "button", class: "ghost", "data-edit-group": g.id,
        onclick: () => groupForm(g) }, t("menu.edit")), csv: () => "" },
    ];
    const groupTable = dataTable(groupColumns, groups, { id: "group-table", csvName: "modifier-groups",
      emptyKey: "menu.noGroups" });
    decorateRows(groupTable, groups, (tr, g) => {
      tr.dataset.group = g.id;
    });
    replace(groupList, groupTable);
  }

  function firstOfCategory(dish) {
    const i = dishes.indexOf(dish);
    return i === 0 || dishes[i - 1].category !== dish.category;
  }

  function groupsOf(dish) {
    return groups.filter((g) => g.menuItemIds.includes(dish.id));
  }

  function dishNames(group) {
    const names = group.menuItemIds.map((i) => dishes.find((d) => d.id === i)).filter(Boolean).map(named);
    if (names.length === 0) return h("span", { class: "muted" }, t("menu.noDishesOffer"));
    return names.length <= 4 ? names.join(separator())
      : t("menu.dishesMore", { names: names.slice(0, 3).join(separator()),
        n: number(names.length - 3) });
  }

  function dishActions(dish) {
    return h("div", { class: "row-actions" },
      h("button", { type: "button", class: "ghost", "data-edit-dish": dish.id, onclick: () => dishForm(dish) },
        t("menu.edit")),
      h("button", {
        type: "button", class: dish.active ? "danger-outline" : "ghost", "data-toggle-dish": dish.id,
        onclick: (event) => toggle(dish, event.currentTarget),
      }, t(dish.active ? "menu.takeOff" : "menu.putBack")));
  }

  /** Takes the dish off the menu or puts it back: the whole dish as it is, with active flipped. */
  async function toggle(dish, button) {
    clearMessages(dishSection);
    button.disabled = true;
    try {
      const { id: _id, catalogVersion: _v, ...fields } = dish;
      const changed = await api.put(`${base}/menu-items/${dish.id}`, { ...fields, active: !dish.active });
      showMessage(dishSection, t(changed.active ? "menu.putBackDone" : "menu.takenOffDone", { name: named(changed) }),
        "success");
      await load();
    } catch (error) {
      button.disabled = false;
      if (error instanceof ApiError) showMessage(dishSection, describe(error), "error");
    }
  }

  function dishForm(dish) {
    closeGroupForm();
    const categories = [...new Set(dishes.map((d) => d.category))];
    const category = h("input", { type: "text", autocomplete: "off", maxlength: 100, list: "menu-categories" });
    const nameEn = h("input", { type: "text", autocomplete: "off", maxlength: 200, dir: "ltr", lang: "en" });
    const nameAr = h("input", { type: "text", autocomplete: "off", maxlength: 200, dir: "rtl", lang: "ar" });
    const price = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", dir: "ltr" });
    const sortOrder = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
    const active = h("input", { type: "checkbox", id: "field-active", name: "active" });
    const priceField = field("priceMinor", "menu.price", price);
    priceField.querySelector("label").textContent = t("menu.price", { currency });
    if (dish) {
      category.value = dish.category;
      nameEn.value = dish.nameEn;
      nameAr.value = dish.nameAr;
      price.value = money(dish.priceMinor, currency);
      sortOrder.value = String(dish.sortOrder);
      active.checked = dish.active;
    } else {
      sortOrder.value = "0";
      active.checked = true;
    }
    const form = h("form", { class: "card", id: "dish-form", novalidate: true, "data-editing": dish?.id },
      h("h2", {}, dish ? t("menu.editDishTitle", { name: named(dish) }) : t("menu.addDishTitle")), formMessage(),
      h("datalist", { id: "menu-categories" }, categories.map((c) => h("option", { value: c }))),
      h("div", { class: "form-grid" },
        field("category", "menu.category", category),
        field("nameEn", "menu.nameEn", nameEn),
        field("nameAr", "menu.nameAr", nameAr),
        priceField,
        field("sortOrder", "menu.sortOrderField", sortOrder)),
      h("div", { class: "check", "data-field": "active" },
        active, h("label", { for: "field-active" }, t("menu.activeField")), h("p", { class: "field-error" })),
      h("div", { class: "form-buttons" },
        h("button", { type: "submit", class: "primary" }, t(dish ? "common.save" : "menu.addDish")),
        h("button", { type: "button", class: "ghost", onclick: closeDishForm }, t("common.cancel"))));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearMessages(form);
      clearMessages(dishSection);
      const body = {
        category: category.value.trim(), nameEn: nameEn.value.trim(), nameAr: nameAr.value.trim(),
        priceMinor: minorUnits(price.value, currency), sortOrder: wholeNumber(sortOrder.value, 0),
        active: active.checked,
      };
      busy(form, async () => {
        try {
          const saved = dish ? await api.put(`${base}/menu-items/${dish.id}`, body)
            : await api.post(`${base}/menu-items`, body);
          closeDishForm();
          showMessage(dishSection, t(dish ? "menu.dishSaved" : "menu.dishAdded", { name: named(saved) }), "success");
          await load();
        } catch (error) {
          if (error instanceof ApiError) refuse(form, error, DISH_FIELDS);
          else throw error;
        }
      });
    });
    replace(dishArea, form);
    form.scrollIntoView({ block: "nearest" });
    category.focus();
  }

  function closeDishForm() {
    replace(dishArea);
  }

  /** The Arabic name of a category, in the dish form's place. */
  function categoryForm(category) {
    closeGroupForm();
    clearMessages(dishSection);
    const { form, focus } = nameForm({
      id: "category-name-form", key: category, current: categoryNames.get(category), maxLength: 100,
      path: `${base}/menu-categories`, close: closeDishForm,
      done: async (message) => {
        showMessage(dishSection, message, "success");
        await load();
      },
    });
    replace(dishArea, form);
    form.scrollIntoView({ block: "nearest" });
    focus();
  }

  function groupForm(group) {
    closeDishForm();
    const nameEn = h("input", { type: "text", autocomplete: "off", maxlength: 100, dir: "ltr", lang: "en" });
    const nameAr = h("input", { type: "text", autocomplete: "off", maxlength: 100, dir: "rtl", lang: "ar" });
    const min = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
    const max = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
    const required = h("input", { type: "checkbox", id: "field-required" });
    const optionRows = h("div", { class: "option-rows", id: "option-rows" });
    let options = group ? group.options.map((o) => ({ ...o, price: money(o.priceMinor, currency) }))
      : [{ nameEn: "", nameAr: "", price: "" }];
    const offered = new Set(group ? group.menuItemIds : []);

    nameEn.value = group?.nameEn ?? "";
    nameAr.value = group?.nameAr ?? "";
    min.value = String(group?.min ?? 0);
    max.value = String(group?.max ?? 1);
    required.checked = (group?.min ?? 0) > 0;
    required.addEventListener("change", () => {
      const now = wholeNumber(min.value);
      if (required.checked && !(now > 0)) min.value = "1";
      if (!required.checked) min.value = "0";
    });
    min.addEventListener("input", () => {
      const now = wholeNumber(min.value);
      required.checked = typeof now === "number" && now > 0;
    });

    /** What is typed in the option rows now, so adding or removing a row keeps it. */
    function readOptions() {
      return [...optionRows.querySelectorAll(".option-row")].map((row, i) => ({
        id: options[i]?.id,
        nameEn: row.querySelector("[data-part=nameEn]").value,
        nameAr: row.querySelector("[data-part=nameAr]").value,
        price: row.querySelector("[data-part=price]").value,
      }));
    }

    function drawOptions() {
      replace(optionRows, options.map((o, i) => {
        const en = h("input", { type: "text", autocomplete: "off", maxlength: 100, dir: "ltr", lang: "en",
          "data-part": "nameEn" });
        const ar = h("input", { type: "text", autocomplete: "off", maxlength: 100, dir: "rtl", lang: "ar",
          "data-part": "nameAr" });
        const price = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", dir: "ltr",
          "data-part": "price" });
        en.value = o.nameEn;
        ar.value = o.nameAr;
        price.value = o.price;
        const priceField = field(`options[${i}].priceMinor`, "menu.optionPrice", price);
        priceField.querySelector("label").textContent = t("menu.optionPrice", { currency });
        return h("div", { class: "option-row", "data-option": i },
          h("span", { class: "option-number", "aria-hidden": "true" }, number(i + 1)),
          field(`options[${i}].nameEn`, "menu.optionNameEn", en),
          field(`options[${i}].nameAr`, "menu.optionNameAr", ar),
          priceField,
          h("button", {
            type: "button", class: "ghost remove-option", "data-remove-option": i, disabled: options.length === 1,
            "aria-label": t("menu.removeOptionLabel", { n: number(i + 1) }),
            onclick: () => {
              options = readOptions();
              options.splice(i, 1);
              drawOptions();
            },
          }, t("menu.removeOption")));
      }));
    }

    const picker = h("div", { class: "dish-picker", id: "dish-picker" }, dishes.length === 0
      ? h("p", { class: "muted" }, t("menu.noDishes"))
      : [...new Set(dishes.map((d) => d.category))].map((category) => h("div", { class: "pick-group" },
        h("p", { class: "pick-category strong" }, shownName(category, categoryNames)),
        dishes.filter((d) => d.category === category).map((d) => h("label", { class: "pick" },
          h("input", { type: "checkbox", value: d.id, "data-dish-pick": d.id, checked: offered.has(d.id) }),
          h("span", { class: d.active ? null : "muted" }, named(d),
            d.active ? null : ` (${t("menu.inactive")})`))))));

    const form = h("form", { class: "card", id: "group-form", novalidate: true, "data-editing": group?.id },
      h("h2", {}, group ? t("menu.editGroupTitle", { name: named(group) }) : t("menu.addGroupTitle")), formMessage(),
      h("div", { class: "form-grid" },
        field("nameEn", "menu.nameEn", nameEn),
        field("nameAr", "menu.nameAr", nameAr),
        field("min", "menu.min", min),
        field("max", "menu.max", max)),
      h("div", { class: "check", "data-field": "required" },
        required, h("label", { for: "field-required" }, t("menu.requiredField")),
        h("p", { class: "field-error" })),
      h("fieldset", { class: "options", "data-field": "options" },
        h("legend", {}, t("menu.options")),
        optionRows,
        h("p", { class: "field-error" }),
        h("button", { type: "button", class: "ghost", id: "option-add", onclick: () => {
          options = readOptions();
          options.push({ nameEn: "", nameAr: "", price: "" });
          drawOptions();
          optionRows.querySelector(".option-row:last-child input")?.focus();
        } }, t("menu.addOption"))),
      h("fieldset", { class: "dishes", "data-field": "menuItemIds" },
        h("legend", {}, t("menu.groupDishesField")),
        picker,
        h("p", { class: "field-error" })),
      h("div", { class: "form-buttons" },
        h("button", { type: "submit", class: "primary" }, t(group ? "common.save" : "menu.addGroup")),
        h("button", { type: "button", class: "ghost", onclick: closeGroupForm }, t("common.cancel"))));
    drawOptions();

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearMessages(form);
      clearMessages(groupSection);
      options = readOptions();
      const body = {
        nameEn: nameEn.value.trim(), nameAr: nameAr.value.trim(),
        min: wholeNumber(min.value, 0), max: wholeNumber(max.value),
        sortOrder: group?.sortOrder ?? 0,
        options: options.map((o) => ({
          ...(o.id ? { id: o.id } : {}), nameEn: o.nameEn.trim(), nameAr: o.nameAr.trim(),
          priceMinor: o.price.trim() === "" ? 0 : minorUnits(o.price, currency),
        })),
        menuItemIds: [...picker.querySelectorAll("input[type=checkbox]:checked")].map((box) => box.value),
      };
      busy(form, async () => {
        try {
          const saved = group ? await api.put(`${base}/modifier-groups/${group.id}`, body)
            : await api.post(`${base}/modifier-groups`, body);
          closeGroupForm();
          showMessage(groupSection, t(group ? "menu.groupSaved" : "menu.groupAdded", { name: named(saved) }),
            "success");
          await load();
        } catch (error) {
          if (error instanceof ApiError) refuse(form, error, GROUP_FIELDS);
          else throw error;
        }
      });
    });
    replace(groupArea, form);
    form.scrollIntoView({ block: "nearest" });
    nameEn.focus();
  }

  function closeGroupForm() {
    replace(groupArea);
  }

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("menu.title")),
      h("p", { class: "muted" }, t("menu.intro", { branch: branch.name, currency })))),
    dishSection, groupSection);
  load();

  return {
    // a change made here, by another manager or in another tab: the server sent the tills a new catalog
    onEvent(type) {
      if (type === "catalog" || type === "open") load();
    },
    dispose() {
      disposed = true;
    },
  };
}
