package cedarpos.protocol.v1;

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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** JSON form of an {@link OrderSnapshot}: the payload of entity "order" in entries and change records. */
public final class OrderJson {
    public static final String ENTITY = "order";
    /** Operation of an outbox entry that places (or adds to) an order with its lines. */
    public static final String PLACE = "place";

    private OrderJson() {
    }

    public static JsonObject encode(OrderSnapshot order) {
        JsonArrayBuilder lines = Jsons.arrayBuilder();
        for (OrderLine line : order.lines()) {
            lines.add(Jsons.objectBuilder()
                    .add("id", line.id().toString())
                    .add("menuItemId", line.menuItemId().toString())
                    .add("name", line.name())
                    .add("quantity", line.quantity())
                    .add("unitPriceMinor", line.unitPrice().minor()));
        }
        JsonObjectBuilder b = Jsons.objectBuilder()
                .add("id", order.id().toString())
                .add("branchId", order.branchId().toString())
                .add("openedBy", order.openedBy().toString())
                .add("status", order.status().name())
                .add("currency", order.currency().name())
                .add("openedAtMs", order.openedAtMs())
                .add("lines", lines);
        if (order.tableId() != null) {
            b.add("tableId", order.tableId().toString());
        }
        return b.build();
    }

    public static OrderSnapshot decode(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        OrderStatus status = enumValue(f, "status", OrderStatus.class);
        Currency currency;
        try {
            currency = Currency.parse(f.string("currency"));
        } catch (IllegalArgumentException e) {
            throw f.invalid("currency", "must be USD or LBP");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (Fields l : f.objects("lines", OrderSnapshot.MAX_LINES)) {
            try {
                lines.add(new OrderLine(new OrderLineId(l.uuid("id")), new MenuItemId(l.uuid("menuItemId")),
                        l.string("name"), l.intValue("quantity", 1, OrderLine.MAX_QUANTITY),
                        Money.of(l.longValue("unitPriceMinor", 0, Long.MAX_VALUE), currency)));
            } catch (IllegalArgumentException e) {
                throw l.refused(e);
            }
        }
        UUID table = f.optionalUuid("tableId");
        try {
            return new OrderSnapshot(new OrderId(f.uuid("id")), new BranchId(f.uuid("branchId")),
                    table == null ? null : new TableId(table), new TerminalId(f.uuid("openedBy")), status, currency,
                    f.longValue("openedAtMs", 0, Long.MAX_VALUE), lines);
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }

    static <E extends Enum<E>> E enumValue(Fields f, String name, Class<E> type) throws ProtocolException {
        String text = f.string(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw f.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
