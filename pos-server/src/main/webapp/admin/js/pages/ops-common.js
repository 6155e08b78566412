// What the conflicts, shifts and audit pages share: full date-times for the record, and the branch's tills by id
// (their names for people).
import { h } from "../dom.js";
import { api } from "../api.js";

/** "2026-12-06 13:12:05" in the manager's clock: what a record or a spreadsheet keeps. */
export function fullTime(ms) {
  const d = new Date(ms);
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
    + `:${two(d.getSeconds())}`;
}

/** The origin of changes the server itself makes (a manager's resolution, an adjustment in the admin). */
export const SERVER_ORIGIN = "00000000-0000-0000-0000-000000000000";

/** terminalId -> name of every till the branch ever enrolled (revoked ones included). */
export async function tillNames(branchId) {
  const tills = await api.get(`/branches/${branchId}/terminals`);
  return new Map(tills.map((till) => [till.terminalId, till.name]));
}

/** "1a2b3c4d": the start of an id, enough to tell records apart on screen (the whole id in the tooltip). */
export function shortId(id) {
  return h("span", { class: "id", dir: "ltr", title: id }, String(id).slice(0, 8));
}
