package cedarpos.protocol.v1;

import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.Lww;
import cedarpos.domain.merge.TableState;
import jakarta.json.JsonObject;

/** JSON form of a {@link TableState}: {@code {"id", "status": {"v": "OCCUPIED", "s": stamp}}}. */
public final class TableStateJson {
    private TableStateJson() {
    }

    public static JsonObject encode(TableState t) {
        return Jsons.objectBuilder().add("id", t.id().toString()).add("status", Jsons.objectBuilder()
                .add("v", t.value().name()).add("s", t.status().stamp().encode())).build();
    }

    public static TableState decode(JsonObject json) throws ProtocolException {
        Fields f = Fields.payload(json);
        TableId id = new TableId(f.uuid("id"));
        Lww<TableStatus> status = OrderStateJson.reg(f, "status",
                (r, n) -> OrderJsonValues.enumValue(r, n, TableStatus.class));
        if (status == null || status.value() == null) {
            throw f.invalid("status", "is required, with a value");
        }
        return new TableState(id, status);
    }
}
