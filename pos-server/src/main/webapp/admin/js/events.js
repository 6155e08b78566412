// The branch's live stream (GET /api/branches/{b}/events, server-sent events). Events say what to read
// again: "terminals", "catalog", "changes", "shifts", "rejected"; "open" after every (re)connection, so a page
// reads again what it may have missed while the stream was down.
import { api } from "./api.js";

const TYPES = ["open", "terminals", "catalog", "changes", "shifts", "rejected"];
const REOPEN_AFTER_MS = 5000;

export class BranchEvents {
  constructor(listener) {
    this.listener = listener;
    this.source = null;
    this.branchId = null;
    this.reopen = null;
  }

  /** Listens to this branch's stream (a no-op when already listening to it). */
  follow(branchId) {
    if (this.source && this.branchId === branchId) return;
    this.close();
    this.branchId = branchId;
    this.source = new EventSource(`/api/branches/${branchId}/events`);
    for (const type of TYPES) {
      this.source.addEventListener(type, (event) => this.listener(type, event.data ? JSON.parse(event.data) : {}));
    }
    this.source.onerror = () => this.failed();
  }

  /**
   * The browser retries by itself after a network error; it gives up (CLOSED) when the server refused the
   * stream. Then either the session is gone (the 401 of /session takes the page to sign-in) or the server was
   * not ready: try again a little later.
   */
  async failed() {
    if (!this.source || this.source.readyState !== EventSource.CLOSED) return;
    const branchId = this.branchId;
    this.close();
    try {
      await api.get("/session");
    } catch {
      return;
    }
    this.reopen = setTimeout(() => this.follow(branchId), REOPEN_AFTER_MS);
  }

  close() {
    clearTimeout(this.reopen);
    this.source?.close();
    this.source = null;
  }
}
