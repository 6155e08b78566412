package cedarpos.terminal.printing;

import java.util.List;

/**
 * Notices waiting for the kitchen printer. The store writes them in the same
 * transaction as the change that caused them, so a crash can neither lose one
 * nor print one for a change that rolled back; the printer takes them in order
 * and marks each once it is on paper.
 */
public interface KitchenNoticeQueue {
    /** Not yet printed, oldest first. */
    List<KitchenNotice> unprinted();

    /** @return false when it was already marked (or does not exist) */
    boolean markPrinted(long noticeId);
}
