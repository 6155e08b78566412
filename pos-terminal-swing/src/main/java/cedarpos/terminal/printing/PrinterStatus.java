package cedarpos.terminal.printing;

/**
 * What a kitchen or receipt printer says about itself, read with the ESC/POS real-time status queries (DLE EOT 1, 2
 * and 4), or what the terminal concluded when it got no answer.
 */
public enum PrinterStatus {
    /** Online, paper loaded, cover closed. */
    READY("ready"),
    /**
     * Connected, but the printer never answered a status query (some network printers ignore DLE EOT): treated as
     * ready, without proof.
     */
    NO_STATUS("connected; this printer does not report its status"),
    /** Online and printing, but the roll is nearly used up. */
    PAPER_LOW("paper is running low"),
    /** Out of paper: it prints nothing until a new roll is loaded. */
    PAPER_OUT("out of paper"),
    /** The cover is open. */
    COVER_OPEN("the cover is open"),
    /** Offline for another reason (an error, the feed button held, waiting for recovery). */
    OFFLINE("offline"),
    /** Nothing answered at the printer's address: switched off, unplugged, wrong address, network down. */
    UNREACHABLE("cannot be reached");

    private final String message;

    PrinterStatus(String message) {
        this.message = message;
    }

    /** For people: "out of paper". */
    public String message() {
        return message;
    }

    /** True when a job sent now should come out (possibly unverified, or on a roll near its end). */
    public boolean canPrint() {
        return this == READY || this == NO_STATUS || this == PAPER_LOW;
    }
}
