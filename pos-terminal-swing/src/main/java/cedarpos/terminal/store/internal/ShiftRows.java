package cedarpos.terminal.store.internal;

/** The shift and drawer_movement rows as MyBatis maps them (V6). */
public final class ShiftRows {
    private ShiftRows() {
    }

    public static final class ShiftRow {
        public String id;
        public String terminalId;
        public String openedBy;
        public long openedAtMs;
        public long openSeq;
        public long floatUsd;
        public long floatLbp;
        public String closedBy;
        public Long closedAtMs;
        public Long closeSeq;
        public Long countedUsd;
        public Long countedLbp;
        public String reportJson;
    }

    public static final class MovementRow {
        public String id;
        public String shiftId;
        public String kind;
        public long amountMinor;
        public String currency;
        public String reason;
        public String byName;
        public String approvedBy;
        public long atMs;
        public long seq;
    }
}
