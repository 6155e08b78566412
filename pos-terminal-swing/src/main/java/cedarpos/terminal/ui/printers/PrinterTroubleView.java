package cedarpos.terminal.ui.printers;

/** Where the always-visible status bar says a printer needs someone. Called on the EDT. */
public interface PrinterTroubleView {
    /** @param text "Printer problem: Grill printer is out of paper"; null when every printer works */
    void showPrinterTrouble(String text);
}
