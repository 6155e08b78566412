package cedarpos.server.testing;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderSnapshot;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.OrderJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.Push;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Ids of the demo data (db-migrations, db/demo/server) and builders of valid frames for it. */
public final class DemoBranch {
    public static final BranchId ID = BranchId.parse("b0000000-0000-4000-8000-000000000001");
    public static final TableId TABLE_1 = TableId.parse("c0000000-0000-4000-8000-000000000001");
    public static final int TABLES = 11;
    public static final int MENU_ITEMS = 20;

    private DemoBranch() {
    }

    /** A new terminal of the demo branch, enrolled through the API ({@code admin} needs manager rights). */
    public static ServerApi.Enrolled enrolledClient(ServerApi admin, String name) {
        return admin.enrollNew(ID, name);
    }

    public static Hello hello(TerminalId terminal, long lastAckedSeq, long cursor) {
        return hello(terminal, ID, lastAckedSeq, cursor);
    }

    public static Hello hello(TerminalId terminal, BranchId branch, long lastAckedSeq, long cursor) {
        return new Hello(ProtocolCodec.VERSION, terminal, branch, "till " + terminal.toString().substring(0, 8),
                lastAckedSeq, cursor, System.currentTimeMillis());
    }

    /** An order of {@code lines} new lines on table 1, in USD like the demo branch. */
    public static OrderSnapshot order(TerminalId openedBy, int lines) {
        return order(OrderId.random(), openedBy, lines);
    }

    public static OrderSnapshot order(OrderId id, TerminalId openedBy, int lines) {
        List<OrderLine> l = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            l.add(line(250 + i));
        }
        return new OrderSnapshot(id, ID, TABLE_1, openedBy, OrderStatus.OPEN, Currency.USD,
                System.currentTimeMillis(), l);
    }

    public static OrderLine line(long priceMinor) {
        return new OrderLine(OrderLineId.random(), MenuItemId.random(), "Hummus", 1, Money.of(priceMinor, Currency.USD));
    }

    public static OutboxEntry entry(long seq, OrderSnapshot order) {
        return new OutboxEntry(UUID.randomUUID(), seq, OrderJson.ENTITY, order.id().toString(), OrderJson.PLACE,
                System.currentTimeMillis(), OrderJson.encode(order));
    }

    public static Push push(OutboxEntry... entries) {
        return new Push(List.of(entries));
    }
}
