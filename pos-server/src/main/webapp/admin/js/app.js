// The web admin's entry point: the language, then the sign-in page or the frame, whichever the session says.
import { api, ApiError, describe, setCsrfToken, whenSessionGone } from "./api.js";
import { showMessage } from "./forms.js";
import { loadLanguage } from "./i18n.js";
import { whenLanguageChanged } from "./language.js";
import { renderSignIn } from "./signin.js";
import { renderSetup } from "./setup.js";
import { Frame } from "./frame.js";
import { h } from "./dom.js";

const root = document.getElementById("app");
let frame = null;
let session = null;
let notice = null;
// the page shown when no one is signed in: the sign-in, or on a new server the first administrator's setup
let signedOutPage = () => renderSignIn(root, notice, showFrame);

function showSignIn(message) {
  frame?.dispose();
  frame = null;
  session = null;
  notice = message;
  setCsrfToken(null);
  signedOutPage = () => renderSignIn(root, notice, showFrame);
  signedOutPage();
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
  else signedOutPage();
});

async function firstAdministratorNeeded() {
  try {
    return (await api.get("/setup")).firstAdministratorNeeded === true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return false;
  }
}

async function boot() {
  await loadLanguage();
  try {
    const current = await api.get("/session");
    setCsrfToken(current.csrfToken);
    await showFrame(current);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "NOT_SIGNED_IN" && (await firstAdministratorNeeded())) {
      signedOutPage = () => renderSetup(root, showFrame, () => showSignIn("setup.done"));
    }
    signedOutPage();
    // the server is starting or unreachable: say so on the sign-in page
    if (error.code !== "NOT_SIGNED_IN") showMessage(root.querySelector("form"), describe(error), "error");
  }
}

boot().catch((error) => {
  root.replaceChildren(h("pre", { class: "fatal" }, String(error)));
});
