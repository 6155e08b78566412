// A question before something that cannot be undone (revoke a till, deactivate a member): a modal <dialog> in the
// page's language, the dangerous button named for what it does. Resolves true only when that button is chosen.
import { h } from "./dom.js";
import { t } from "./i18n.js";

export function confirmDialog({ id, title, body, confirm, confirmId = `${id}-confirm` }) {
  return new Promise((resolve) => {
    const dialog = h("dialog", { class: "confirm", id },
      h("h2", {}, title),
      h("p", {}, body),
      h("form", { method: "dialog", class: "dialog-buttons" },
        h("button", { value: "cancel", class: "ghost" }, t("common.cancel")),
        h("button", { value: "confirm", class: "danger", id: confirmId }, confirm)));
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue === "confirm");
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
