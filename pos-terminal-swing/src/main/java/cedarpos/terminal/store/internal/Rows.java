package cedarpos.terminal.store.internal;

/**
 * Plain rows as MyBatis maps them (columns in snake_case, fields in camelCase).
 * They never leave the store package: {@link cedarpos.terminal.store.TerminalStore}
 * converts them to domain types at its edge.
 */
public final class Rows {
    private Rows() {
    }

    public static final class StateRow {
        public String terminalId;
        public String branchId;
        public String terminalName;
        public long nextSeq;
        public long lastAckedSeq;
        public long changeCursor;
        public String serverEpoch;
        public long catalogVersion;
        public String branchName;
        public String currency;
        public Long lastSyncAtMs;
        public boolean hasDeviceToken;
        public long serverOffsetMs;
        public String serverUri;
    }

    public static final class MenuRow {
        public String id;
        public String category;
        public String nameEn;
        public String nameAr;
        public long priceMinor;
        public String currency;
        public int sortOrder;
    }

    public static final class TableRow {
        public String id;
        public String label;
        public String area;
        public int seats;
        public String status = "AVAILABLE";
        /** the TableState JSON the status came from; null while never written */
        public String statusJson;
    }

    public static final class OrderRow {
        public String id;
        public String branchId;
        public String tableId;
        public String openedBy;
        public String status;
        public String currency;
        public long openedAtMs;
        public long totalMinor;
        public String syncStatus;
        /** added to local_version: 1 for a local write, 0 for a pulled change */
        public long localVersion;
        public String stateJson;
        public String payment;
        public String discountJson;
        public long discountMinor;
        public int guests;
        public int conflictCount;
    }

    public static final class LineRow {
        public String id;
        public String orderId;
        public int lineNo;
        public String menuItemId;
        public String name;
        public int quantity;
        public long unitPriceMinor;
        public String syncStatus;
        public long localVersion;
        public String note;
        public boolean voided;
        public String voidReason;
        public String voidBy;
        public boolean sent;
        public String flags;
    }

    public static final class AdjustmentRow {
        public String id;
        public String stockItemId;
        public String reason;
        public long delta;
        public String note;
        public String stamp;
    }

    public static final class StockItemRow {
        public String id;
        public String name;
        public String unit;
        public long level;
        public long held;
        public long version;
        public Long updatedAtMs;
    }

    public static final class PortionRow {
        public String menuItemId;
        public String stockItemId;
        public long perPortion;
    }

    public static final class ReservationRow {
        public String lineId;
        public String orderId;
        public String menuItemId;
        public int want;
        public String status;
        public int pending;
        public String portionsJson;
        /** the server's newest decision (StockJson), null while it has not decided */
        public String decisionJson;
        public long version;
        public long updatedAtMs;
    }

    public static final class AlertRow {
        public long id;
        public String lineId;
        public String orderId;
        public long version;
        public String dish;
        public int portions;
        public String tableLabel;
        public long createdAt;
        public Long acknowledgedAt;
    }

    public static final class OutboxRow {
        public String entryId;
        public String terminalId;
        public long seq;
        public String entity;
        public String recordId;
        public String operation;
        public String payload;
        public long eventTimeMs;
        public long createdAtMs;
        public Long syncedAtMs;
        public String rejectedCode;
        public String rejectedMessage;
        public Long rejectedAtMs;
    }
}
