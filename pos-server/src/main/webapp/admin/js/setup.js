// A new server's first page: no account exists yet, so the one who started it creates the first administrator with
// the one-time setup code the server printed in its log (and wrote to <data dir>/first-admin-setup-code).
import { h } from "./dom.js";
import { api, ApiError, setCsrfToken } from "./api.js";
import { clearMessages, field, formMessage, showMessage, showRefusal } from "./forms.js";
import { t } from "./i18n.js";
import { languageSwitch } from "./language.js";

/** Renders the page into root; onSignedIn(session) once the account exists and is signed in; onDone() if another
 * browser was first. */
export function renderSetup(root, onSignedIn, onDone) {
  const code = h("input", { type: "text", autocomplete: "one-time-code", autocapitalize: "characters",
    spellcheck: "false", dir: "ltr", placeholder: "XXXX-XXXX-XXXX" });
  const username = h("input", { type: "text", autocomplete: "username", autocapitalize: "none", dir: "ltr",
    value: "admin" });
  const password = h("input", { type: "password", autocomplete: "new-password" });
  const again = h("input", { type: "password", autocomplete: "new-password" });
  const form = h("form", { class: "card signin-card", id: "setup-form", novalidate: true },
    h("h1", { class: "brand" }, t("app.name"), h("span", { class: "brand-sub" }, t("app.subtitle"))),
    h("h2", {}, t("setup.title")),
    h("p", { class: "muted" }, t("setup.intro")),
    formMessage(),
    field("code", "setup.code", code),
    field("username", "setup.username", username),
    field("password", "setup.password", password),
    field("passwordAgain", "setup.passwordAgain", again),
    h("button", { type: "submit", class: "primary wide" }, t("setup.submit")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearMessages(form);
    if (password.value !== again.value) {
      showRefusal(form, { field: "passwordAgain" }, { passwordAgain: "setup.mismatch" });
      return;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    button.textContent = t("setup.busy");
    const account = { username: username.value.trim(), password: password.value };
    try {
      await api.post("/setup", { code: code.value, ...account });
      const session = await api.post("/session", account);
      setCsrfToken(session.csrfToken);
      onSignedIn(session);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      button.disabled = false;
      button.textContent = t("setup.submit");
      if (error.code === "SETUP_DONE") onDone();
      else if (error.code === "SETUP_CODE_REFUSED") {
        showRefusal(form, { field: "code" }, { code: "setup.codeRefused" });
      } else {
        showRefusal(form, error, { code: "setup.codeInvalid", username: "setup.usernameInvalid",
          password: "setup.passwordInvalid" });
      }
    }
  });
  root.replaceChildren(h("div", { class: "signin-page" },
    h("div", { class: "signin-lang" }, languageSwitch()), form));
  code.focus();
}
