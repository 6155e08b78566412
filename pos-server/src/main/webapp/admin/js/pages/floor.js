// Floor: the branch's tables (label, area, seats) grouped by area, with the forms that add and change them
// (POST/PUT tables) and the one that names an area in Arabic (PUT areas/{name}, arabic-names.js). A new or changed table reaches the tills as a new catalog ("catalog" event); a table's status
// is the tills' own register and moves with their orders ("changes" event): both read the tables again.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { number } from "../format.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { dataTable } from "../table.js";
import { nameCell, nameForm } from "./arabic-names.js";

export const id = "floor";
export const titleKey = "floor.nav";
export const needsBranch = true;

const STATUS = {
  AVAILABLE: ["floor.statusAvailable", "badge online"],
  OCCUPIED: ["floor.statusOccupied", "badge occupied"],
  RESERVED: ["floor.statusReserved", "badge required"],
  CLEANING: ["floor.statusCleaning", "badge offline"],
};
const FIELD_WORDS = { seats: "floor.seatsInvalid" };

/** "4" -> 4; anything else as typed, and the server says what is wrong. */
function wholeNumber(text) {
  const plain = text.trim();
  return /^\d+$/.test(plain) ? Number(plain) : text;
}

export function render(main, frame) {
  const branch = frame.branch;
  const base = `/branches/${branch.id}/tables`;
  let tables = [];
  /** The Arabic name of each area that has one. */
  let areaNames = new Map();
  let disposed = false;
  const notice = formMessage();
  const formArea = h("div", { id: "table-form-area" });
  const list = h("div", { id: "table-list" }, h("p", { class: "muted" }, t("common.loading")));
  const count = h("span", { class: "muted count", id: "table-count" });
  const section = h("section", { class: "menu-section", id: "tables" },
    h("div", { class: "section-head" }, h("h2", {}, t("floor.tablesTitle"), " ", count),
      h("button", { type: "button", class: "primary", id: "table-add", onclick: () => tableForm(null) },
        t("floor.addTable"))),
    notice, formArea, list);

  async function load() {
    try {
      const [all, areas] = await Promise.all([api.get(base), api.get(`/branches/${branch.id}/areas`)]);
      if (disposed) return;
      areaNames = new Map(areas.filter((a) => a.nameAr).map((a) => [a.name, a.nameAr]));
      tables = [...all].sort((a, b) => a.area.localeCompare(b.area)
        || a.label.localeCompare(b.label, undefined, { numeric: true }));
      draw();
    } catch (error) {
      if (error instanceof ApiError && !disposed) showMessage(section, describe(error), "error");
    }
  }

  function firstOfArea(table) {
    const i = tables.indexOf(table);
    return i === 0 || tables[i - 1].area !== table.area;
  }

  function status(table) {
    const [key, badge] = STATUS[table.status] ?? STATUS.AVAILABLE;
    return { key, badge };
  }

  function draw() {
    const seats = tables.reduce((sum, table) => sum + table.seats, 0);
    replace(count, t("floor.tableCount", { n: number(tables.length), seats: number(seats) }));
    const columns = [
      { labelKey: "floor.area", cell: (x) => (firstOfArea(x) ? nameCell("area", x.area, areaNames, areaForm) : ""),
        csv: (x) => x.area },
      { labelKey: "floor.label", cell: (x) => h("span", { class: "strong", dir: "auto" }, x.label), csv: (x) => x.label },
      { labelKey: "floor.seats", num: true, cell: (x) => number(x.seats), csv: (x) => String(x.seats) },
      { labelKey: "floor.status", cell: (x) => h("span", { class: status(x).badge }, t(status(x).key)),
        csv: (x) => t(status(x).key) },
      { labelKey: "floor.actions", cell: (x) => h("button", { type: "button", class: "ghost", "data-edit-table": x.id,
        onclick: () => tableForm(x) }, t("floor.edit")), csv: () => "" },
    ];
    const table = dataTable(columns, tables, { id: "floor-table", csvName: "tables", emptyKey: "floor.noTables" });
    const trs = table.querySelectorAll("tbody tr");
    tables.forEach((x, i) => {
      if (!trs[i]) return;
      trs[i].dataset.table = x.id;
      if (firstOfArea(x)) trs[i].classList.add("group-start");
    });
    replace(list, table);
  }

  function tableForm(existing) {
    const areas = [...new Set(tables.map((x) => x.area))];
    const label = h("input", { type: "text", autocomplete: "off", maxlength: 50, dir: "auto" });
    const area = h("input", { type: "text", autocomplete: "off", maxlength: 50, list: "floor-areas" });
    const seats = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", dir: "ltr" });
    label.value = existing?.label ?? "";
    area.value = existing?.area ?? areas[0] ?? "";
    seats.value = String(existing?.seats ?? 4);
    const form = h("form", { class: "card", id: "table-form", novalidate: true, "data-editing": existing?.id },
      h("h2", {}, existing ? t("floor.editTitle", { label: existing.label }) : t("floor.addTitle")), formMessage(),
      h("datalist", { id: "floor-areas" }, areas.map((a) => h("option", { value: a }))),
      h("div", { class: "form-grid" },
        field("label", "floor.label", label),
        field("area", "floor.area", area),
        field("seats", "floor.seats", seats)),
      h("div", { class: "form-buttons" },
        h("button", { type: "submit", class: "primary" }, t(existing ? "common.save" : "floor.addTable")),
        h("button", { type: "button", class: "ghost", onclick: closeForm }, t("common.cancel"))));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearMessages(form);
      clearMessages(section);
      const body = { label: label.value.trim(), area: area.value.trim(), seats: wholeNumber(seats.value) };
      busy(form, async () => {
        try {
          const saved = existing ? await api.put(`${base}/${existing.id}`, body) : await api.post(base, body);
          closeForm();
          showMessage(section, t(existing ? "floor.saved" : "floor.added", { label: saved.label, area: saved.area }),
            "success");
          await load();
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          // a label another table has: the server says so with a code, not a field
          if (error.code === "TABLE_LABEL_TAKEN") error.field = "label";
          showRefusal(form, error, { ...FIELD_WORDS, ...(error.code === "TABLE_LABEL_TAKEN"
            ? { label: "floor.labelTaken" } : {}) });
        }
      });
    });
    replace(formArea, form);
    form.scrollIntoView({ block: "nearest" });
    label.focus();
  }

  function closeForm() {
    replace(formArea);
  }

  /** The Arabic name of an area, in the table form's place. */
  function areaForm(area) {
    clearMessages(section);
    const { form, focus } = nameForm({
      id: "area-name-form", key: area, current: areaNames.get(area), maxLength: 50,
      path: `/branches/${branch.id}/areas`, close: closeForm,
      done: async (message) => {
        showMessage(section, message, "success");
        await load();
      },
    });
    replace(formArea, form);
    form.scrollIntoView({ block: "nearest" });
    focus();
  }

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("floor.title")),
      h("p", { class: "muted" }, t("floor.intro", { branch: branch.name })))),
    section);
  load();

  return {
    onEvent(type) {
      if (type === "catalog" || type === "changes" || type === "open") load();
    },
    dispose() {
      disposed = true;
    },
  };
}
