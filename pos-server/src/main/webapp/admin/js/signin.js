// The sign-in page: user name and password, and why a sign-in was refused.
import { h } from "./dom.js";
import { api, ApiError, setCsrfToken } from "./api.js";
import { clearMessages, field, formMessage, showMessage, showRefusal } from "./forms.js";
import { t } from "./i18n.js";
import { time } from "./format.js";
import { languageSwitch } from "./language.js";

/** Renders the page into root; onSignedIn(session) once the server accepted the password. */
export function renderSignIn(root, notice, onSignedIn) {
  const username = h("input", { type: "text", autocomplete: "username", required: true, autocapitalize: "none" });
  const password = h("input", { type: "password", autocomplete: "current-password", required: true });
  const form = h("form", { class: "card signin-card", id: "signin-form", novalidate: true },
    h("h1", { class: "brand" }, t("app.name"), h("span", { class: "brand-sub" }, t("app.subtitle"))),
    h("h2", {}, t("signin.title")),
    h("p", { class: "muted" }, t("signin.intro")),
    formMessage(),
    field("username", "signin.username", username),
    field("password", "signin.password", password),
    h("button", { type: "submit", class: "primary wide" }, t("signin.submit")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearMessages(form);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    button.textContent = t("signin.busy");
    try {
      const session = await api.post("/session", { username: username.value.trim(), password: password.value });
      setCsrfToken(session.csrfToken);
      onSignedIn(session);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      password.value = "";
      if (error.code === "SIGN_IN_REFUSED") showMessage(form, t("signin.refused"), "error");
      else if (error.code === "ACCOUNT_LOCKED") {
        const until = Date.now() + (error.retryAfter ?? 900) * 1000;
        showMessage(form, t("signin.locked", { time: time(until) }), "error");
      } else showRefusal(form, error);
      button.disabled = false;
      button.textContent = t("signin.submit");
    }
  });
  if (notice) showMessage(form, t(notice), "info");
  root.replaceChildren(h("div", { class: "signin-page" },
    h("div", { class: "signin-lang" }, languageSwitch()), form));
  username.focus();
}
