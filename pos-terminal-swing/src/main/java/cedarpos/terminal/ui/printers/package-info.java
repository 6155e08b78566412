/**
 * The Printers screen: each printer's health and the print queue, rerouting a station, reprinting or cancelling a
 * job with a manager's approval. {@link cedarpos.terminal.ui.printers.PrintersScreen} wires it to the {@code
 * PrintJobs} book and the print service's health; a printer's trouble is also told to a {@link
 * cedarpos.terminal.ui.printers.PrinterTroubleView} (the status bar, wired by the window). Reloaded on store events
 * while it is up.
 */
package cedarpos.terminal.ui.printers;
