// Terminals: every till of the branch, online or not and since when, its app version and what it last said of its
// outbox, kept live by the "terminals" event; the entries the server rejected ("rejected" event); enrolling a new
// till (a one-time code, shown big with its countdown) and revoking one.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { countdown, duration, number, time } from "../format.js";
import { field, formMessage, showMessage, showRefusal, clearMessages, busy } from "../forms.js";
import { confirmDialog } from "../confirm.js";
import { csvFileName, dataTable } from "../table.js";

export const id = "terminals";
export const titleKey = "nav.terminals";
export const needsBranch = true;
const TTL_CHOICES = [[15, "terminals.ttl15"], [60, "terminals.ttl60"], [480, "terminals.ttl480"],
  [1440, "terminals.ttl1440"]];

export function render(main, frame) {
  const branch = frame.branch;
  const list = h("div", { id: "terminal-list" }, h("p", { class: "muted" }, t("common.loading")));
  const rejectedArea = h("section", { class: "card", id: "rejected-entries" });
  let rejected = [];
  const message = formMessage();
  const enrollArea = h("div", { id: "enroll-area" });
  let terminals = [];
  let ticking = null;
  let disposed = false;

  async function load() {
    try {
      terminals = await api.get(`/branches/${branch.id}/terminals`);
      if (!disposed) draw();
    } catch (error) {
      if (error instanceof ApiError && !disposed) replace(list, h("p", { class: "form-message error" }, describe(error)));
    }
  }

  /** The rejected entries alone: they change only on a "rejected" event, not on every till's coming and going. */
  async function loadRejected() {
    try {
      rejected = await api.get(`/branches/${branch.id}/rejected-entries?limit=100`);
      if (!disposed) drawRejected();
    } catch (error) {
      if (error instanceof ApiError && !disposed) replace(rejectedArea, h("p", { class: "form-message error" },
        describe(error)));
    }
  }

  function draw() {
    replace(list, dataTable([
      {
        labelKey: "terminals.name", csv: (till) => till.name,
        cell: (till) => [h("div", { class: "strong" }, till.name),
          h("div", { class: "muted small" }, t("terminals.enrolledAt", { time: time(till.enrolledAtMs) }))],
      },
      { labelKey: "terminals.status", className: "status", cell: status },
      { labelKey: "terminals.lastSeen", cell: (till) => (seen(till) ? time(till.lastSeenAtMs) : t("common.never")) },
      { labelKey: "terminals.lastApplied", num: true, cell: (till) => number(till.lastAppliedSeq ?? 0) },
      { labelKey: "terminals.version", className: "version", cell: (till) => till.appVersion ?? "—" },
      {
        labelKey: "terminals.actions", className: "actions", csv: () => "",
        cell: (till) => (till.revoked ? null : h("button", {
          type: "button", class: "danger-outline", "data-revoke": till.terminalId, onclick: () => confirmRevoke(till),
        }, t("terminals.revoke"))),
      },
    ], terminals, {
      id: "terminal-table", csvName: csvFileName("terminals", branch.name), emptyKey: "terminals.empty",
      rowAttrs: (till) => ({ "data-terminal": till.terminalId, class: till.revoked ? "revoked" : null }),
    }));
    drawRejected();
  }

  // lastSeenAtMs is absent until the till first connects
  function seen(till) {
    return till.lastSeenAtMs != null;
  }

  function status(till) {
    if (till.revoked) return h("span", { class: "badge revoked" }, t("terminals.revoked"));
    const since = till.online
      ? t("terminals.onlineSince", { time: time(till.onlineSinceMs) })
      : seen(till) ? t("terminals.offlineFor", { duration: duration(Date.now() - till.lastSeenAtMs) })
        : t("terminals.neverConnected");
    return [
      h("span", { class: till.online ? "badge online" : "badge offline" },
        t(till.online ? "terminals.online" : "terminals.offline")),
      h("span", { class: "since" }, since),
      till.pendingReported > 0 ? h("div", { class: "warning small pending" }, till.oldestPendingAtMs
        ? t("terminals.pendingSince", { n: number(till.pendingReported),
          duration: duration(Date.now() - till.oldestPendingAtMs) })
        : t("terminals.pending", { n: number(till.pendingReported) })) : null,
    ];
  }

  /** What the server could never apply, newest first: which till, what, why. */
  function drawRejected() {
    const names = new Map(terminals.map((till) => [till.terminalId, till.name]));
    rejectedArea.classList.toggle("alert", rejected.length > 0);
    replace(rejectedArea, h("h2", {}, t("terminals.rejectedTitle")),
      h("p", { class: "muted" }, t("terminals.rejectedIntro")),
      dataTable([
        { labelKey: "terminals.rejectedAt", cell: (r) => time(r.rejectedAtMs) },
        { labelKey: "terminals.name", cell: (r) => r.terminalName ?? names.get(r.terminalId) ?? r.terminalId.slice(0, 8) },
        { labelKey: "terminals.rejectedWhat", cell: (r) => h("bdi", { dir: "ltr" }, `${r.entity} ${r.operation} #${r.seq}`) },
        { labelKey: "terminals.rejectedCode", cell: (r) => h("code", {}, r.code) },
        { labelKey: "terminals.rejectedWhy", className: "wrap", cell: (r) => h("bdi", { dir: "ltr" }, r.message) },
      ], rejected, {
        id: "rejected-table", csvName: csvFileName("rejected", branch.name), emptyKey: "terminals.rejectedNone",
        rowAttrs: (r) => ({ "data-entry": r.entryId }),
      }));
  }

  async function confirmRevoke(till) {
    const sure = await confirmDialog({
      id: "revoke-dialog", confirmId: "revoke-confirm", title: t("terminals.revokeTitle", { name: till.name }),
      body: t("terminals.revokeBody", { name: till.name }), confirm: t("terminals.revokeConfirm", { name: till.name }),
    });
    if (!sure) return;
    try {
      await api.delete(`/terminals/${till.terminalId}/token`);
      showMessage(main, t("terminals.revokedDone", { name: till.name }), "success");
      await load();
    } catch (error) {
      if (error instanceof ApiError) showMessage(main, describe(error), "error");
    }
  }

  function enrollForm() {
    const ttl = h("select", {}, TTL_CHOICES.map(([minutes, key]) =>
      h("option", { value: minutes, selected: minutes === 15 }, t(key))));
    const form = h("form", { class: "card enroll", id: "enroll-form", novalidate: true },
      h("h2", {}, t("terminals.enrollTitle")), formMessage(),
      h("div", { class: "row" }, field("ttlMinutes", "terminals.ttl", ttl),
        h("button", { type: "submit", class: "primary" }, t("terminals.createCode")),
        h("button", { type: "button", class: "ghost", onclick: closeEnroll }, t("common.cancel"))));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearMessages(form);
      busy(form, async () => {
        try {
          showCode(await api.post(`/branches/${branch.id}/enrollment-codes`, { ttlMinutes: Number(ttl.value) }));
        } catch (error) {
          if (error instanceof ApiError) showRefusal(form, error);
        }
      });
    });
    replace(enrollArea, form);
    ttl.focus();
  }

  function showCode(enrollment) {
    const remaining = h("p", { class: "countdown", id: "enroll-countdown" });
    const panel = h("section", { class: "card code-panel", "aria-live": "polite" },
      h("p", { class: "muted" }, t("terminals.codeHelp")),
      h("p", { class: "enroll-code", id: "enroll-code", dir: "ltr" }, enrollment.code),
      remaining,
      h("button", { type: "button", class: "primary", onclick: closeEnroll }, t("terminals.done")));
    const tick = () => {
      if (Date.now() >= enrollment.expiresAtMs) {
        clearInterval(ticking);
        panel.classList.add("expired");
        replace(remaining, t("terminals.expired"));
      } else {
        replace(remaining, t("terminals.expiresIn", { countdown: countdown(enrollment.expiresAtMs) }));
      }
    };
    clearInterval(ticking);
    tick();
    ticking = setInterval(tick, 1000);
    replace(enrollArea, panel);
  }

  function closeEnroll() {
    clearInterval(ticking);
    replace(enrollArea);
  }

  replace(main,
    h("div", { class: "page-head" },
      h("div", {}, h("h1", {}, t("terminals.title")),
        h("p", { class: "muted" }, t("terminals.intro", { branch: branch.name }))),
      h("button", { type: "button", class: "primary", id: "enroll-start", onclick: enrollForm },
        t("terminals.enroll"))),
    message, enrollArea, list, rejectedArea);
  load();
  loadRejected();
  // "offline for 40 min" grows while nothing happens: redraw from what we have, no call to the server
  const redraw = setInterval(() => terminals.length && draw(), 30000);

  return {
    onEvent(type) {
      // a rejection also moved the till's last entry received
      if (type === "terminals" || type === "rejected" || type === "open") load();
      if (type === "rejected" || type === "open") loadRejected();
    },
    dispose() {
      disposed = true;
      clearInterval(ticking);
      clearInterval(redraw);
    },
  };
}
