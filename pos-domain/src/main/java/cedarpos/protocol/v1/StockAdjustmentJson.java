package cedarpos.protocol.v1;

import cedarpos.domain.StockItemId;
import cedarpos.domain.merge.StockAdjustment;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * JSON form of a {@link StockAdjustment}:
 * {@code {"id", "stockItemId", "reason", "delta", "note"?, "s"}}.
 */
public final class StockAdjustmentJson {
    private StockAdjustmentJson() {
    }

    public static JsonObject encode(StockAdjustment a) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("id", a.id().toString())
                .add("stockItemId", a.item().toString()).add("reason", a.reason().name()).add("delta", a.delta())
                .add("s", a.stamp().encode());
        if (a.note() != null) {
            b.add("note", a.note());
        }
        return b.build();
    }

    public static StockAdjustment decode(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        try {
            return new StockAdjustment(f.uuid("id"), new StockItemId(f.uuid("stockItemId")),
                    OrderJsonValues.enumValue(f, "reason", StockAdjustment.Reason.class),
                    f.longValue("delta", -StockAdjustment.MAX_DELTA, StockAdjustment.MAX_DELTA),
                    f.optionalString("note"), OrderStateJson.stamp(f, "s"));
        } catch (IllegalArgumentException e) {
            throw f.refused(e);
        }
    }
}
