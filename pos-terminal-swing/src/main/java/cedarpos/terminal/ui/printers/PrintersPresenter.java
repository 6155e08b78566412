package cedarpos.terminal.ui.printers;

import cedarpos.domain.staff.StaffMember;
import cedarpos.terminal.printing.PrintJob;
import cedarpos.terminal.printing.PrinterHealth;
import cedarpos.terminal.store.Approval;
import cedarpos.terminal.store.PrintJobs;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.ui.kit.ManagerGate;
import cedarpos.terminal.ui.printers.PrintersView.JobRow;
import cedarpos.terminal.ui.printers.PrintersView.PrinterRow;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The Printers screen and the status bar's printer warning: how each printer is doing (ready, offline, out of paper,
 * cover open, since when, who prints its tickets meanwhile), the print queue, and a manager's reprint or cancel.
 * State changes on the EDT; the store is read and written on the IO executor.
 */
public final class PrintersPresenter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintJobs jobs;
    private final PrintersView view;
    private final PrinterTroubleView trouble;
    private final Threads threads;
    private final ResourceBundle messages;
    private final Clock clock;
    private final ManagerGate gate;
    private StaffMember staff;
    private List<PrinterHealth> printers = List.of();

    public PrintersPresenter(PrintJobs jobs, ManagerGate gate, PrintersView view, PrinterTroubleView trouble,
                             Threads threads, ResourceBundle messages, Clock clock) {
        this.jobs = jobs;
        this.gate = gate;
        this.view = view;
        this.trouble = trouble;
        this.threads = threads;
        this.messages = messages;
        this.clock = clock;
    }

    /** Who is signed in: a manager approves on their own session, anyone else needs a manager's PIN. */
    public void setStaff(StaffMember who) {
        staff = who;
    }

    /** Every printer's health, as the print service last published it. */
    public void printersChanged(List<PrinterHealth> now) {
        printers = List.copyOf(now);
        List<PrinterRow> rows = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (PrinterHealth h : printers) {
            String status = h.status() == null ? messages.getString("printers.checking")
                    : messages.getString("printers.status." + h.status().name());
            List<String> detail = new ArrayList<>();
            if (h.status() != null) {
                detail.add(MessageFormat.format(messages.getString("printers.since"), time(h.sinceMs())));
            }
            if (h.takenOverBy() != null) {
                detail.add(MessageFormat.format(messages.getString("printers.takenOver"), h.takenOverBy()));
            }
            rows.add(new PrinterRow(h.printer().name(), status, String.join(" \u00b7 ", detail), h.failing()));
            if (h.failing()) {
                failing.add(MessageFormat.format(messages.getString("status.printer"), h.printer().name(), status));
            }
        }
        view.showPrinters(rows, messages.getString("printers.none"));
        trouble.showPrinterTrouble(failing.isEmpty() ? null : failing.size() == 1 ? failing.get(0)
                : MessageFormat.format(messages.getString("status.printers"), failing.get(0), failing.size() - 1));
    }

    /** Reads the queue again (after any print job moved on). */
    public void reload() {
        threads.onIo(jobs::recent).thenAcceptAsync(list -> view.showJobs(list.stream().map(this::row).toList()),
                threads.edt());
    }

    public void reprint(long job) {
        act(job, "printers.reprintWhat", approval -> {
            long copy = jobs.reprint(job, approval);
            return MessageFormat.format(messages.getString("printers.reprinted"), job, copy);
        });
    }

    public void cancel(long job) {
        act(job, "printers.cancelWhat", approval -> {
            jobs.cancel(job, approval);
            return MessageFormat.format(messages.getString("printers.cancelled"), job);
        });
    }

    private interface Action {
        String run(Approval approval);
    }

    private void act(long job, String whatKey, Action action) {
        Supplier<Approval> approval = gate.ask(staff, MessageFormat.format(messages.getString(whatKey), job));
        if (approval == null) {
            return;
        }
        threads.onIo(() -> action.run(approval.get())).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause()
                        : failure;
                view.showNotice(MessageFormat.format(messages.getString("printers.failed"), cause.getMessage()),
                        true);
            } else {
                view.showNotice(done, false);
            }
            reload();
        }, threads.edt());
    }

    private JobRow row(PrintJob j) {
        String order = j.table() == null ? j.orderNumber()
                : MessageFormat.format(messages.getString("printers.order"), j.orderNumber(), j.table());
        String status = messages.getString("printers.job." + j.status().name());
        if (j.possibleDuplicate() && j.open()) {
            status += " " + messages.getString("printers.job.duplicate");
        }
        String station = j.station() != null ? j.ticket().station() : j.printer();
        String kind = messages.getString("printers.kind." + j.kind().name());
        if (j.reprintOf() != null) {
            kind += " " + messages.getString("printers.reprintMark");
        }
        return new JobRow(j.number(), kind, station, order,
                status, j.attempts(), j.lastError() == null ? "" : j.lastError(),
                j.status() != PrintJob.Status.CANCELLED, j.status() == PrintJob.Status.QUEUED);
    }

    private String time(long ms) {
        return TIME.withZone(clock.getZone()).format(Instant.ofEpochMilli(ms));
    }
}
