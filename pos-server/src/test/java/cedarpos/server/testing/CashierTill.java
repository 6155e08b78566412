package cedarpos.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.TerminalId;
import cedarpos.domain.staff.StaffMember;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.AuditEventJson;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.ProtocolCodec;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** What the cashier's server tests read and build: frames decoded, catalog lookups, refusals, till records. */
public final class CashierTill {
    private CashierTill() {
    }

    public static Catalog catalogOf(SyncClient c, String[] raw) {
        raw[0] = c.nextRaw(Duration.ofSeconds(10));
        assertThat(raw[0]).as("a new catalog").isNotNull();
        Message m = decode(raw[0]);
        assertThat(m).isInstanceOf(Catalog.class);
        return (Catalog) m;
    }

    public static Message decode(String frame) {
        try {
            return ProtocolCodec.decode(frame);
        } catch (cedarpos.protocol.v1.ProtocolException e) {
            throw new AssertionError(frame, e);
        }
    }

    public static OutboxEntry shiftEntry(long seq, UUID shift, String op, long at, JsonObject payload) {
        return new OutboxEntry(UUID.randomUUID(), seq, Operations.SHIFT, shift.toString(), op, at, payload);
    }

    public static OutboxEntry auditEntry(long seq, AuditEvent e) {
        return new OutboxEntry(UUID.randomUUID(), seq, Operations.AUDIT, e.id().toString(), Operations.RECORD,
                e.atMs(), AuditEventJson.encode(e));
    }

    public static String pushOpenOrder(SyncClient c, TerminalId till, long seq) {
        var order = DemoBranch.order(till, 1);
        c.send(DemoBranch.push(DemoBranch.entry(seq, order)));
        assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(seq);
        c.next(Changes.class);
        return order.id().toString();
    }

    public static Catalog catalogWithin(SyncClient c, Duration within, String[] raw) {
        long start = System.nanoTime();
        Catalog catalog = catalogOf(c, raw);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the new catalog's delay").isLessThan(within);
        return catalog;
    }

    public static void assertRefused(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonObject error = ServerApi.json(r);
        assertThat(error.getString("code")).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank();
    }

    public static MenuItemId dish(int n) {
        return MenuItemId.parse(String.format("a0000000-0000-4000-8000-%012d", n));
    }

    public static StaffMember member(Catalog catalog, UUID id) {
        return catalog.staff().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no staff member " + id + " in the catalog"));
    }

    public static ModifierGroup group(Catalog catalog, UUID id) {
        return catalog.modifierGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    public static ModifierOption option(ModifierGroup group, UUID id) {
        return group.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** No key names a PIN and no string value of the frame is one of {@code pins}. */
    public static void assertNoPinInClear(String frame, List<String> pins) {
        try (JsonReader r = Json.createReader(new StringReader(frame))) {
            walk(r.read(), pins);
        }
        for (String pin : pins) {
            assertThat(frame).doesNotContain("\"" + pin + "\"");
        }
    }

    private static void walk(JsonValue v, List<String> pins) {
        if (v instanceof JsonString s) {
            assertThat(pins).doesNotContain(s.getString());
        } else if (v instanceof JsonObject o) {
            o.forEach((k, x) -> {
                assertThat(k).isNotEqualToIgnoringCase("pin");
                walk(x, pins);
            });
        } else if (v instanceof JsonArray a) {
            a.forEach(x -> walk(x, pins));
        } else if (v instanceof JsonStructure) {
            throw new AssertionError("unexpected JSON " + v);
        }
    }
}
