// The server's REST API as the page calls it: JSON both ways, the session cookie, the CSRF token on every
// change, and X-Requested-With so a 401 never makes the browser ask for a password itself.
import { t } from "./i18n.js";

let csrfToken = null;
let onSessionGone = () => {};

/** A refusal of the server ({"code","message","field"?}) or a network failure (code NETWORK). */
export class ApiError extends Error {
  constructor(status, body, retryAfter) {
    super(body.message || body.code);
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.retryAfter = retryAfter;
  }
}

/** Called with the refusal when any call answers 401: the session is gone. */
export function whenSessionGone(callback) {
  onSessionGone = callback;
}

export function setCsrfToken(token) {
  csrfToken = token;
}

export const api = {
  get: (path) => call("GET", path),
  /** A GET whose answer's headers matter too (a Link to the next page, a count): {json, headers}. */
  getWithHeaders: (path) => call("GET", path, undefined, true),
  post: (path, body) => call("POST", path, body),
  put: (path, body) => call("PUT", path, body),
  delete: (path) => call("DELETE", path),
};

async function call(method, path, body, withHeaders = false) {
  const headers = { "X-Requested-With": "cedarpos-admin", Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response;
  try {
    response = await fetch(`/api${path}`, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin",
    });
  } catch (offline) {
    throw new ApiError(0, { code: "NETWORK", message: offline.message });
  }
  const text = await response.text();
  const json = text ? parseJson(text) : null;
  if (response.ok) return withHeaders ? { json, headers: response.headers } : json;
  const error = new ApiError(response.status, json || { code: `HTTP_${response.status}` },
    Number(response.headers.get("Retry-After")) || null);
  // signing in is the one call whose 401 means "wrong password", not "session gone"
  if (response.status === 401 && path !== "/session") onSessionGone(error);
  throw error;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { code: "NOT_JSON", message: text.slice(0, 200) };
  }
}

const MESSAGES = {
  SERVER_STARTING: "error.serverStarting",
  DATABASE_UNAVAILABLE: "error.databaseUnavailable",
  NETWORK: "error.network",
  BRANCH_FORBIDDEN: "error.branchForbidden",
  FORBIDDEN: "error.forbidden",
  CSRF_REFUSED: "error.csrf",
  UNKNOWN_BRANCH: "error.unknownBranch",
};

/** What to tell a person about a refusal: our own words for the codes we know, else the server's message. */
export function describe(error) {
  const key = MESSAGES[error.code];
  return key ? t(key) : t("error.other", { message: error.message });
}
