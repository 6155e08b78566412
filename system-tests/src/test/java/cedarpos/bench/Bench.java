package cedarpos.bench;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of {@code bench/run NAME}. Each benchmark runs against real
 * components on loopback, prints progress as it goes and, as its last line,
 * {@code NAME: key=value ...} with a ratio against a baseline measured in the
 * same run.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: bench/run catchup|fanout|local_write|reservations|printing|restart|startup");
            System.exit(2);
        }
        Locale.setDefault(Locale.ROOT);
        // progress goes to stdout; the components' own INFO logs would bury it
        Logger.getLogger("").setLevel(Level.WARNING);
        String result;
        switch (args[0]) {
            case "catchup":
                result = CatchupBench.run();
                break;
            case "fanout":
                result = FanoutBench.run();
                break;
            case "local_write":
                result = LocalWriteBench.run();
                break;
            case "reservations":
                result = ReservationsBench.run();
                break;
            case "printing":
                result = PrintingBench.run();
                break;
            case "restart":
                result = RestartBench.run();
                break;
            case "startup":
                result = StartupBench.run();
                break;
            default:
                System.err.println("unknown benchmark " + args[0] + "; known: catchup, fanout, local_write, reservations, printing, restart, startup");
                System.exit(2);
                return;
        }
        System.out.println(result);
        System.exit(0);
    }

    static void progress(String line) {
        System.out.println("  " + line);
        System.out.flush();
    }

    /** The value at quantile q (0..1) of sorted nanosecond samples, in milliseconds. */
    static double percentileMs(long[] sortedNanos, double q) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(q * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1_000_000.0;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
