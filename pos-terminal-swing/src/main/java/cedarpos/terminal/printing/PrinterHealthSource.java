package cedarpos.terminal.printing;

import java.util.List;
import java.util.function.Consumer;

/** Where the screens get the printers' health from: the print service, or a screenshot test's fabricated one. */
public interface PrinterHealthSource {
    /** The listener is called with every printer's health on each change (off the EDT) and once right away. */
    void addListener(Consumer<List<PrinterHealth>> listener);

    void removeListener(Consumer<List<PrinterHealth>> listener);
}
