// Staff: who signs in on the branch's tills (name, role, PIN; a PIN is never shown, only set) and, for an
// administrator, the web accounts of the chain (role, branches, locked or disabled). Every form goes to the REST
// call a script would make, so the server's rules (PIN length, a PIN in use, a manager with no branch) answer here.
import { h, replace } from "../dom.js";
import { api, ApiError, describe } from "../api.js";
import { t } from "../i18n.js";
import { time } from "../format.js";
import { busy, clearMessages, field, formMessage, showMessage, showRefusal } from "../forms.js";
import { dataTable } from "../table.js";
import { confirmDialog } from "../confirm.js";

export const id = "staff";
export const titleKey = "nav.staff";
export const needsBranch = true;
// the till roles and web roles as the server names them, and their words
const ROLES = { CASHIER: "staff.roleCashier", WAITER: "staff.roleWaiter", MANAGER: "staff.roleManager" };
const WEB_ROLES = { manager: "staff.webRoleManager", admin: "staff.webRoleAdmin" };
// our words for the account fields the server refuses
const ACCOUNT_FIELDS = {
  username: "staff.usernameInvalid", password: "staff.passwordInvalid", branches: "staff.branchesInvalid",
};

export function render(main, frame) {
  const base = `/branches/${frame.branch.id}/staff`;
  const tillList = h("div", { id: "till-staff" }, h("p", { class: "muted" }, t("common.loading")));
  const pinArea = h("div", { id: "pin-area" });
  const accountList = h("div", { id: "web-accounts" });
  const pageMessage = formMessage();
  let disposed = false;

  async function loadTillStaff() {
    try {
      const members = await api.get(base);
      if (disposed) return;
      replace(tillList, dataTable([
        { labelKey: "staff.name", cell: (m) => h("span", { class: "strong" }, m.name), csv: (m) => m.name },
        { labelKey: "staff.role", cell: (m) => t(ROLES[m.role] ?? m.role) },
        {
          labelKey: "staff.state",
          cell: (m) => h("span", { class: m.active ? "badge online" : "badge offline" },
            t(m.active ? "staff.active" : "staff.inactive")),
        },
        { labelKey: "staff.actions", cell: (m) => (m.active ? memberActions(m) : ""), csv: () => "" },
      ], members, { id: "till-staff-table", csvName: `staff-${frame.branch.name}`, emptyKey: "staff.empty" }));
    } catch (error) {
      if (error instanceof ApiError && !disposed) replace(tillList, h("p", { class: "form-message error" }, describe(error)));
    }
  }

  function memberActions(member) {
    return h("div", { class: "button-row" },
      h("button", { type: "button", class: "ghost", "data-pin": member.id, onclick: () => pinForm(member) },
        t("staff.changePin")),
      h("button", {
        type: "button", class: "danger-outline", "data-deactivate": member.id, onclick: () => deactivate(member),
      }, t("staff.deactivate")));
  }

  function pinInput() {
    return h("input", { type: "password", inputmode: "numeric", autocomplete: "new-password", dir: "ltr", maxlength: 8 });
  }

  const addName = h("input", { type: "text", autocomplete: "off", maxlength: 60 });
  const addRole = h("select", {}, Object.entries(ROLES).map(([r, key]) => h("option", { value: r }, t(key))));
  const addPin = pinInput();
  const addForm = h("form", { class: "card", id: "till-staff-form", novalidate: true },
    h("h2", {}, t("staff.addTitle")), h("p", { class: "muted small" }, t("staff.addHelp")), formMessage(),
    h("div", { class: "row" }, field("name", "staff.name", addName), field("role", "staff.role", addRole),
      field("pin", "staff.pin", addPin)),
    h("button", { type: "submit", class: "primary" }, t("staff.add")));
  addForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearMessages(addForm);
    busy(addForm, async () => {
      try {
        const added = await api.post(base, { name: addName.value, role: addRole.value, pin: addPin.value });
        addName.value = "";
        addPin.value = "";
        showMessage(addForm, t("staff.added", { name: added.name }), "success");
        await loadTillStaff();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.code === "PIN_IN_USE") showRefusal(addForm, { ...error, field: "pin" }, { pin: "staff.pinInUse" });
        else showRefusal(addForm, error, { pin: "staff.pinInvalid" });
      }
    });
  });

  function pinForm(member) {
    const pin = pinInput();
    const form = h("form", { class: "card", id: "pin-form", novalidate: true },
      h("h2", {}, t("staff.pinTitle", { name: member.name })), formMessage(),
      h("div", { class: "row" }, field("pin", "staff.newPin", pin),
        h("button", { type: "submit", class: "primary" }, t("common.save")),
        h("button", { type: "button", class: "ghost", onclick: () => replace(pinArea) }, t("common.cancel"))));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearMessages(form);
      busy(form, async () => {
        try {
          await api.put(`${base}/${member.id}/pin`, { pin: pin.value });
          replace(pinArea);
          showMessage(main, t("staff.pinChanged", { name: member.name }), "success");
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          if (error.code === "PIN_IN_USE") showRefusal(form, { ...error, field: "pin" }, { pin: "staff.pinInUse" });
          else showRefusal(form, error, { pin: "staff.pinInvalid" });
        }
      });
    });
    replace(pinArea, form);
    pin.focus();
  }

  async function deactivate(member) {
    const sure = await confirmDialog({
      id: "deactivate-dialog", title: t("staff.deactivateTitle", { name: member.name }),
      body: t("staff.deactivateBody", { name: member.name }), confirm: t("staff.deactivate"),
    });
    if (!sure) return;
    try {
      await api.delete(`${base}/${member.id}`);
      showMessage(main, t("staff.deactivated", { name: member.name }), "success");
      await loadTillStaff();
    } catch (error) {
      if (error instanceof ApiError) showMessage(main, describe(error), "error");
    }
  }

  // --- web accounts (administrators only) ---

  function branchName(id) {
    return frame.branches.find((b) => b.id === id)?.name ?? id;
  }

  async function loadAccounts() {
    try {
      const accounts = await api.get("/staff");
      if (disposed) return;
      replace(accountList, dataTable([
        { labelKey: "staff.username", cell: (a) => h("span", { class: "strong", dir: "ltr" }, a.username), csv: (a) => a.username },
        { labelKey: "staff.role", cell: (a) => a.roles.map((r) => t(WEB_ROLES[r] ?? r)).join(", ") },
        {
          labelKey: "staff.branches",
          cell: (a) => (a.allBranches ? t("staff.allBranches") : a.branchIds.map(branchName).join(", ")),
        },
        {
          labelKey: "staff.state",
          cell: (a) => (a.disabled ? h("span", { class: "badge revoked" }, t("staff.disabled"))
            : a.lockedUntilMs ? h("span", { class: "badge offline" }, t("staff.lockedUntil", { time: time(a.lockedUntilMs) }))
              : h("span", { class: "badge online" }, t("staff.active"))),
        },
        {
          labelKey: "staff.actions",
          csv: () => "",
          cell: (a) => (a.disabled || a.username === frame.session.username ? "" : h("button", {
            type: "button", class: "danger-outline", "data-disable": a.username, onclick: () => disable(a),
          }, t("staff.disable"))),
        },
      ], accounts, { id: "web-accounts-table", csvName: "web-accounts" }));
    } catch (error) {
      if (error instanceof ApiError && !disposed) replace(accountList, h("p", { class: "form-message error" }, describe(error)));
    }
  }

  async function disable(account) {
    const sure = await confirmDialog({
      id: "disable-dialog", title: t("staff.disableTitle", { name: account.username }),
      body: t("staff.disableBody", { name: account.username }), confirm: t("staff.disable"),
    });
    if (!sure) return;
    try {
      await api.delete(`/staff/${encodeURIComponent(account.username)}`);
      showMessage(main, t("staff.disabledDone", { name: account.username }), "success");
      await loadAccounts();
    } catch (error) {
      if (error instanceof ApiError) showMessage(main, describe(error), "error");
    }
  }

  function accountForm() {
    const username = h("input", { type: "text", autocomplete: "off", maxlength: 60, dir: "ltr" });
    const password = h("input", { type: "password", autocomplete: "new-password", maxlength: 200, dir: "ltr" });
    const role = h("select", {}, Object.entries(WEB_ROLES).map(([r, key]) => h("option", { value: r }, t(key))));
    const boxes = frame.branches.map((b) => h("label", { class: "check" },
      h("input", { type: "checkbox", value: b.id, checked: b.id === frame.branch.id }), h("span", {}, b.name)));
    const branchPicker = h("fieldset", { class: "field branch-boxes", "data-field": "branches" },
      h("legend", {}, t("staff.branches")), boxes, h("p", { class: "field-error" }));
    role.addEventListener("change", () => { branchPicker.hidden = role.value === "admin"; });
    const form = h("form", { class: "card", id: "account-form", novalidate: true },
      h("h2", {}, t("staff.accountTitle")), h("p", { class: "muted small" }, t("staff.accountHelp")), formMessage(),
      h("div", { class: "row" }, field("username", "staff.username", username),
        field("password", "staff.password", password), field("roles", "staff.role", role)),
      branchPicker,
      h("button", { type: "submit", class: "primary" }, t("staff.createAccount")));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearMessages(form);
      const branches = role.value === "admin" ? []
        : boxes.map((box) => box.querySelector("input")).filter((box) => box.checked).map((box) => box.value);
      busy(form, async () => {
        try {
          await api.post("/staff", { username: username.value, password: password.value, roles: [role.value], branches });
          showMessage(form, t("staff.accountCreated", { name: username.value }), "success");
          username.value = "";
          password.value = "";
          await loadAccounts();
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          if (error.code === "STAFF_EXISTS") showRefusal(form, { ...error, field: "username" }, { username: "staff.usernameTaken" });
          else showRefusal(form, error, ACCOUNT_FIELDS);
        }
      });
    });
    return form;
  }

  const admin = frame.session.roles.includes("admin");
  replace(main,
    h("div", { class: "page-head" }, h("div", {}, h("h1", {}, t("staff.title")),
      h("p", { class: "muted" }, t("staff.intro", { branch: frame.branch.name })))),
    pageMessage,
    h("h2", { class: "section-title" }, t("staff.tillTitle")),
    pinArea, tillList, addForm,
    admin ? [h("h2", { class: "section-title" }, t("staff.webTitle")), accountList, accountForm()] : null);
  loadTillStaff();
  if (admin) loadAccounts();

  return {
    // another manager changed the staff: the catalog changed
    onEvent(type) {
      if (type === "catalog") loadTillStaff();
    },
    dispose() {
      disposed = true;
    },
  };
}
