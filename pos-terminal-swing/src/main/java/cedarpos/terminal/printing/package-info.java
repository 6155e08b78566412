/**
 * The kitchen and receipt printers: tickets ({@link cedarpos.terminal.printing.Ticket}) laid out and turned into
 * ESC/POS jobs ({@link cedarpos.terminal.printing.TicketPrinter}), one {@link
 * cedarpos.terminal.printing.PrinterWorker} per printer draining the durable {@link
 * cedarpos.terminal.printing.PrintQueue} (the store's print jobs), and the {@link
 * cedarpos.terminal.printing.PrintService} that runs them. API types: {@code PrintService}, {@code PrintQueue},
 * {@code PrintJob}, {@code PrinterHealth}. Events: each printer's health, to {@link
 * cedarpos.terminal.printing.PrinterHealthSource} listeners (the Printers screen and the status bar).
 */
package cedarpos.terminal.printing;
