/**
 * The first-run setup screen of a till that is not enrolled yet: the server's address, the one-time enrollment code,
 * the till's name and the language, checked on the till, then the enrollment off the event thread with the server's
 * refusals shown next to the field they concern. It knows nothing of how a till starts: the caller's {@link
 * cedarpos.terminal.ui.setup.SetupPresenter.Enroller} enrolls and starts it, and gets the result.
 */
package cedarpos.terminal.ui.setup;
