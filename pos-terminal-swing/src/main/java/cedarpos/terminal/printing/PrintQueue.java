package cedarpos.terminal.printing;

import cedarpos.domain.printing.PrintingSetup;
import java.util.Optional;

/**
 * The durable queue the printer workers drain, one printer at a time and oldest job first. Every step is its own
 * committed transaction, so that what a crash leaves behind says what happened: a job still SENDING was on its way
 * when the terminal died and may or may not be on paper.
 */
public interface PrintQueue {
    /** The branch's printers, stations and routes from the last catalog (kept for offline restarts). */
    PrintingSetup setup();

    /**
     * At start-up, before any worker runs: every job left SENDING goes back in line marked possible duplicate.
     *
     * @return how many there were
     */
    int recoverInterrupted();

    /** The oldest job waiting for {@code printer}, if any. */
    Optional<PrintJob> next(String printer);

    /**
     * QUEUED to SENDING, committed before the first byte leaves, counting the attempt.
     *
     * @return false when the job is no longer queued (a manager cancelled it, or it was moved to another printer):
     *         do not send it
     */
    boolean markSending(long job, String printer);

    /** The printer accepted every byte: SENDING to PRINTED. */
    void markPrinted(long job, String printer);

    /** Not one byte left: back in line as it was, with why. */
    void markNotSent(long job, String error);

    /** The printer may or may not have printed it: back in line, its next ticket marked possible duplicate. */
    void markUnknown(long job, String error);

    /**
     * Moves a station's queued jobs from its failing main printer to its fallback; new jobs keep going to the main
     * printer, so they come back to it as soon as it recovers.
     *
     * @return how many moved
     */
    int reroute(String station, String fromPrinter, String toPrinter);
}
