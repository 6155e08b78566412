// The web admin's entry point: the language, then the sign-in page or the frame, whichever the session says.
import { api, ApiError, describe, setCsrfToken, whenSessionGone } from "./api.js";
import { showMessage } from "./forms.js";
import { loadLanguage } from "./i18n.js";
import { whenLanguageChanged } from "./language.js";
import { renderSignIn } from "./signin.js";
import { Frame } from "./frame.js";
import { h } from "./dom.js";

const root = document.getElementById("app");
let frame = null;
let session = null;
let notice = null;

function showSignIn(message) {
  frame?.dispose();
  frame = null;
  session = null;
  notice = message;
  setCsrfToken(null);
  renderSignIn(root, message, showFrame);
}

async function showFrame(signedIn) {
  session = signedIn;
  frame?.dispose();
  frame = new Frame(root, signedIn, showSignIn);
  try {
    await frame.start();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
}

whenSessionGone(() => {
  if (session) showSignIn("signin.sessionEnded");
});

whenLanguageChanged(() => {
  if (frame) frame.show();
  else renderSignIn(root, notice, showFrame);
});

async function boot() {
  await loadLanguage();
  try {
    const current = await api.get("/session");
    setCsrfToken(current.csrfToken);
    await showFrame(current);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    renderSignIn(root, null, showFrame);
    // the server is starting or unreachable: say so on the sign-in page
    if (error.code !== "NOT_SIGNED_IN") showMessage(root.querySelector("form"), describe(error), "error");
  }
}

boot().catch((error) => {
  root.replaceChildren(h("pre", { class: "fatal" }, String(error)));
});
