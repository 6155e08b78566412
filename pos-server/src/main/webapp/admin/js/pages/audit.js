// Audit: the branch's trail (GET /audit?limit=500), newest first: who did what, to what, when. A subject (an order,
// a dish, a till, a shift) can be followed alone, by typing its id or clicking it in the list; the rows shown
// export as CSV. Re-read on every event of the branch: each of them may have filed a record.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { time } from "../format.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { csvFileName, dataTable } from "../table.js";
import { fullTime, tillNames } from "./ops-common.js";

export const id = "audit";
export const titleKey = "audit.nav";
export const needsBranch = true;
const LIMIT = 500;

export function render(main, frame) {
  const base = `/branches/${frame.branch.id}`;
  const list = h("div", { id: "audit-list" }, h("p", { class: "muted" }, t("common.loading")));
  const subject = h("input", { type: "text", autocomplete: "off", dir: "ltr", placeholder: t("audit.subjectHint") });
  const form = h("form", { class: "card", id: "audit-form", novalidate: true },
    formMessage(),
    h("div", { class: "row" }, field("subject", "audit.subject", subject),
      h("button", { type: "submit", class: "primary" }, t("audit.follow")),
      h("button", { type: "button", class: "ghost", id: "audit-all", onclick: () => follow("") }, t("audit.all"))));
  const summary = h("p", { class: "muted", id: "audit-summary" });
  let following = "";
  let names = new Map();
  let disposed = false;
  let loading = null;

  /** Reads the trail of `following` (all of it when empty); a refusal of the subject shows next to its field. */
  async function load() {
    if (loading) {
      loading.again = true;
      return loading.done;
    }
    let finish;
    loading = { again: false, done: new Promise((resolve) => { finish = resolve; }) };
    try {
      const query = following ? `&subject=${encodeURIComponent(following)}` : "";
      const [records, tills] = await Promise.all([api.get(`${base}/audit?limit=${LIMIT}${query}`),
        tillNames(frame.branch.id)]);
      names = tills;
      if (!disposed) draw(records);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (!disposed) showRefusal(form, error, { subject: "audit.subjectInvalid" });
    } finally {
      const again = loading.again;
      loading = null;
      finish();
      if (again && !disposed) load();
    }
  }

  function follow(value) {
    subject.value = value;
    clearMessages(form);
    following = value;
    return load();
  }

  function subjectCell(record) {
    if (!record.subject) return "";
    const till = names.get(record.subject);
    return h("button", { type: "button", class: "link subject", dir: "ltr", "data-subject": record.subject,
      title: t("audit.followThis"), onclick: () => follow(record.subject) },
    till ? `${till} (${record.subject.slice(0, 8)})` : record.subject);
  }

  /** "terminal:<id>" names the till as the branch knows it; a person's name stays as written. */
  function actorCell(record) {
    const till = record.actor.startsWith("terminal:") ? names.get(record.actor.slice("terminal:".length)) : null;
    return h("div", { dir: "auto", title: record.actor }, till ? t("audit.till", { name: till }) : record.actor);
  }

  /** CONFLICT_RESOLVED may break after its underscores, never inside a word. */
  function breakable(code) {
    return code.split("_").flatMap((part, i) => (i === 0 ? [part] : ["_", h("wbr"), part]));
  }

  function draw(records) {
    replace(summary, following
      ? t("audit.summarySubject", { n: records.length, subject: following })
      : t(records.length >= LIMIT ? "audit.summaryNewest" : "audit.summary", { n: records.length }));
    replace(list, dataTable([
      { labelKey: "audit.colTime", cell: (r) => h("span", { title: fullTime(r.atMs) }, time(r.atMs)),
        csv: (r) => fullTime(r.atMs) },
      { labelKey: "audit.colActor", cell: actorCell, csv: (r) => r.actor },
      { labelKey: "audit.colAction", cell: (r) => h("code", { class: "action" }, breakable(r.action)), csv: (r) => r.action },
      { labelKey: "audit.colSubject", cell: subjectCell, csv: (r) => r.subject ?? "" },
      { labelKey: "audit.colDetail", cell: (r) => h("div", { class: "detail", dir: "auto" }, r.detail ?? ""),
        csv: (r) => r.detail ?? "" },
    ], records, { id: "audit-table", csvName: csvName(), emptyKey: following ? "audit.emptySubject" : "audit.empty" }));
  }

  /** audit-<branch>-<day>[-<subject>]: a name that says what the file holds. */
  function csvName() {
    return csvFileName("audit", frame.branch.name, fullTime(Date.now()).slice(0, 10),
      following.replace(/[^A-Za-z0-9-]+/g, "").slice(0, 40));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(form);
    const previous = following;
    following = subject.value.trim();
    busy(form, async () => {
      await load();
      // refused: the list stays what it was, and so does what it follows
      if (form.querySelector("[aria-invalid]")) following = previous;
      else if (!disposed && following) {
        showMessage(form, t("audit.following", { subject: following }), "info");
      }
    });
  });

  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("audit.title")),
      h("p", { class: "muted" }, t("audit.intro", { branch: frame.branch.name })))),
    form, summary, list);
  load();

  return {
    onEvent() {
      load();
    },
    dispose() {
      disposed = true;
    },
  };
}
