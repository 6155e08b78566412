package cedarpos.terminal.printing;

import cedarpos.domain.printing.Printer;
import java.util.OptionalLong;

/**
 * How one printer is doing, as its worker last found it: what the Printers screen and the status bar show.
 *
 * @param status         the printer's state at the last status reading or job; null before the first one
 * @param sinceMs        when it entered that state (epoch ms)
 * @param message        for people: the printer's name and address, then what is wrong; null before the first reading
 * @param failingSinceMs when it started failing (not ready, unreachable, a job not taken), empty while it works
 * @param takenOverBy    the fallback printer's name while it prints this printer's jobs, else null
 */
public record PrinterHealth(Printer printer, PrinterStatus status, long sinceMs, String message,
                            OptionalLong failingSinceMs, String takenOverBy) {
    /** Before the worker has read anything. */
    public static PrinterHealth unknown(Printer printer, long nowMs) {
        return new PrinterHealth(printer, null, nowMs, null, OptionalLong.empty(), null);
    }

    public boolean failing() {
        return failingSinceMs.isPresent();
    }
}
