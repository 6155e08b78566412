package cedarpos.protocol.v1;

import cedarpos.domain.BranchId;
import cedarpos.domain.Ids;
import cedarpos.domain.TerminalId;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts protocol messages to and from their JSON text frames. Decoding never
 * throws anything but {@link ProtocolException}, whatever the input.
 */
public final class ProtocolCodec {
    /** The protocol version this code speaks; a hello with another is refused. */
    public static final int VERSION = 1;
    /** Largest frame a terminal may send, in characters (1 MiB of JSON). */
    public static final int MAX_FRAME_CHARS = 1 << 20;
    /**
     * Largest frame the server sends, in characters (16 MiB): a client must accept frames up to this size.
     * A {@code changes} frame is at most {@link #PAGE_CHARS} of records unless its single record is larger,
     * and a record is at most {@link #MAX_RECORD_CHARS}, so every frame the server writes stays below this.
     */
    public static final int MAX_SERVER_FRAME_CHARS = 1 << 24;
    /** The records of one {@code changes} frame take at most this many characters, unless it holds one record. */
    public static final int PAGE_CHARS = 1 << 18;
    /** Largest encoded change record (4 MiB); an entry that would make its record larger is rejected. */
    public static final int MAX_RECORD_CHARS = 1 << 22;
    /** Deepest nesting of arrays and objects accepted in a frame. */
    public static final int MAX_DEPTH = 64;
    /** Most outbox entries in one push. */
    public static final int MAX_BATCH_ENTRIES = 1000;
    /** Most change records in one changes frame. */
    public static final int MAX_CHANGE_RECORDS = 1000;

    private ProtocolCodec() {
    }

    /** Characters the record takes inside a {@code changes} frame's {@code records} array (without the comma). */
    public static int recordChars(ChangeRecord r) {
        return recordJson(r).toString().length();
    }

    private static JsonObject recordJson(ChangeRecord r) {
        return Jsons.objectBuilder()
                .add("seq", r.seq())
                .add("entity", r.entity())
                .add("recordId", r.recordId())
                .add("origin", r.origin().toString())
                .add("committedAtMs", r.committedAtMs())
                .add("payload", r.payload()).build();
    }

    public static String encode(Message message) {
        JsonObjectBuilder b = Jsons.objectBuilder().add("type", message.type());
        if (message instanceof Hello h) {
            b.add("protocolVersion", h.protocolVersion())
                    .add("terminalId", h.terminalId().toString())
                    .add("branchId", h.branchId().toString())
                    .add("terminalName", h.terminalName())
                    .add("lastAckedSeq", h.lastAckedSeq())
                    .add("cursor", h.cursor())
                    .add("clientTimeMs", h.clientTimeMs());
            if (h.appVersion() != null) {
                b.add("appVersion", h.appVersion());
            }
            if (h.outboxSeq() != null) {
                b.add("outboxSeq", h.outboxSeq());
            }
            if (h.oldestPendingAtMs() != null) {
                b.add("oldestPendingAtMs", h.oldestPendingAtMs());
            }
        } else if (message instanceof Welcome w) {
            b.add("serverEpoch", w.serverEpoch())
                    .add("serverTimeMs", w.serverTimeMs())
                    .add("lastAppliedSeq", w.lastAppliedSeq())
                    .add("branchHead", w.branchHead());
            addRejections(b, w.rejected());
        } else if (message instanceof Catalog c) {
            CatalogJson.encodeInto(c, b);
        } else if (message instanceof Pull p) {
            b.add("afterSeq", p.afterSeq()).add("limit", p.limit());
        } else if (message instanceof Changes c) {
            JsonArrayBuilder records = Jsons.arrayBuilder();
            for (ChangeRecord r : c.records()) {
                records.add(recordJson(r));
            }
            b.add("head", c.head()).add("records", records);
        } else if (message instanceof Push p) {
            JsonArrayBuilder entries = Jsons.arrayBuilder();
            for (OutboxEntry e : p.entries()) {
                entries.add(Jsons.objectBuilder()
                        .add("entryId", e.entryId().toString())
                        .add("seq", e.seq())
                        .add("entity", e.entity())
                        .add("recordId", e.recordId())
                        .add("operation", e.operation())
                        .add("eventTimeMs", e.eventTimeMs())
                        .add("payload", e.payload()));
            }
            b.add("entries", entries);
        } else if (message instanceof Ack a) {
            b.add("lastAppliedSeq", a.lastAppliedSeq());
            addRejections(b, a.rejected());
        } else if (message instanceof ErrorMessage e) {
            b.add("code", e.code().name()).add("retryable", e.retryable()).add("message", e.message());
        } else {
            throw new IllegalArgumentException("no encoding for " + message.getClass());
        }
        return b.build().toString();
    }

    /** Decodes a frame a terminal sent (the server's side): at most {@link #MAX_FRAME_CHARS}. */
    public static Message decode(String frame) throws ProtocolException {
        return decode(frame, MAX_FRAME_CHARS);
    }

    /** Decodes a frame the server sent (a terminal's side): at most {@link #MAX_SERVER_FRAME_CHARS}. */
    public static Message decodeServerFrame(String frame) throws ProtocolException {
        return decode(frame, MAX_SERVER_FRAME_CHARS);
    }

    private static Message decode(String frame, int maxChars) throws ProtocolException {
        if (frame == null) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "empty frame");
        }
        if (frame.length() > maxChars) {
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE,
                    "frame of " + frame.length() + " characters exceeds the limit of " + maxChars);
        }
        Fields f = Fields.of(parseObject(frame));
        String type = f.string("type");
        return switch (type) {
            case Hello.TYPE -> new Hello(f.intValue("protocolVersion", 0, Integer.MAX_VALUE),
                    new TerminalId(f.uuid("terminalId")), new BranchId(f.uuid("branchId")),
                    nonBlank(f, "terminalName"), nonNegative(f, "lastAckedSeq"), nonNegative(f, "cursor"),
                    f.longValue("clientTimeMs"), appVersion(f),
                    f.has("outboxSeq") ? nonNegative(f, "outboxSeq") : null,
                    f.has("oldestPendingAtMs") ? nonNegative(f, "oldestPendingAtMs") : null);
            case Welcome.TYPE -> new Welcome(f.string("serverEpoch"), f.longValue("serverTimeMs"),
                    nonNegative(f, "lastAppliedSeq"), nonNegative(f, "branchHead"), rejections(f));
            case Catalog.TYPE -> CatalogJson.decode(f);
            case Pull.TYPE -> new Pull(nonNegative(f, "afterSeq"), f.intValue("limit", 1, MAX_CHANGE_RECORDS));
            case Changes.TYPE -> decodeChanges(f);
            case Push.TYPE -> decodePush(f);
            case Ack.TYPE -> new Ack(nonNegative(f, "lastAppliedSeq"), rejections(f));
            case ErrorMessage.TYPE -> new ErrorMessage(OrderJsonValues.enumValue(f, "code", ErrorCode.class),
                    f.string("message"));
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_TYPE,
                    "unknown message type \"" + abbreviate(type) + "\"");
        };
    }

    private static Push decodePush(Fields f) throws ProtocolException {
        List<OutboxEntry> entries = new ArrayList<>();
        JsonValue raw = f.raw().get("entries");
        if (raw != null && raw.getValueType() == JsonValue.ValueType.ARRAY
                && raw.asJsonArray().size() > MAX_BATCH_ENTRIES) {
            throw new ProtocolException(ErrorCode.BATCH_TOO_LARGE, "a push carries at most " + MAX_BATCH_ENTRIES
                    + " entries, got " + raw.asJsonArray().size());
        }
        for (Fields e : f.objects("entries", MAX_BATCH_ENTRIES)) {
            entries.add(new OutboxEntry(e.uuid("entryId"), e.longValue("seq", 1, Long.MAX_VALUE),
                    nonBlank(e, "entity"), nonBlank(e, "recordId"), nonBlank(e, "operation"),
                    e.longValue("eventTimeMs"), e.object("payload")));
        }
        if (entries.isEmpty()) {
            throw f.invalid("entries", "must not be empty");
        }
        return new Push(entries);
    }

    private static void addRejections(JsonObjectBuilder b, List<Rejection> rejected) {
        if (rejected.isEmpty()) {
            return; // the usual case: no field at all
        }
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (Rejection r : rejected) {
            array.add(Jsons.objectBuilder().add("seq", r.seq()).add("entryId", r.entryId().toString())
                    .add("code", r.code().name()).add("message", r.message()));
        }
        b.add("rejected", array);
    }

    /** The optional {@code rejected} array of an ack or welcome. */
    private static List<Rejection> rejections(Fields f) throws ProtocolException {
        if (!f.has("rejected")) {
            return List.of();
        }
        List<Rejection> rejected = new ArrayList<>();
        for (Fields r : f.objects("rejected", MAX_BATCH_ENTRIES)) {
            ErrorCode code = OrderJsonValues.enumValue(r, "code", ErrorCode.class);
            if (code.retryable()) {
                throw r.invalid("code", "must be a permanent refusal, got " + code);
            }
            rejected.add(new Rejection(r.longValue("seq", 1, Long.MAX_VALUE), r.uuid("entryId"), code,
                    r.string("message")));
        }
        return rejected;
    }

    private static Changes decodeChanges(Fields f) throws ProtocolException {
        List<ChangeRecord> records = new ArrayList<>();
        for (Fields r : f.objects("records", MAX_CHANGE_RECORDS)) {
            records.add(new ChangeRecord(r.longValue("seq", 1, Long.MAX_VALUE), nonBlank(r, "entity"),
                    nonBlank(r, "recordId"), new TerminalId(r.uuid("origin")), r.longValue("committedAtMs"),
                    r.object("payload")));
        }
        return new Changes(nonNegative(f, "head"), records);
    }

    private static JsonObject parseObject(String frame) throws ProtocolException {
        return StrictJson.parseObject(frame);
    }

    static long nonNegative(Fields f, String name) throws ProtocolException {
        return f.longValue(name, 0, Long.MAX_VALUE);
    }

    /** {@code hello.appVersion}: absent, or 1 to {@link Hello#MAX_APP_VERSION} characters. */
    private static String appVersion(Fields f) throws ProtocolException {
        String v = f.optionalString("appVersion");
        if (v != null && (v.isBlank() || v.length() > Hello.MAX_APP_VERSION)) {
            throw f.invalid("appVersion", "must be 1 to " + Hello.MAX_APP_VERSION + " characters");
        }
        return v;
    }

    static String nonBlank(Fields f, String name) throws ProtocolException {
        String s = f.string(name);
        if (s.isBlank()) {
            throw f.invalid(name, "must not be blank");
        }
        return s;
    }

    /** Client text in an error message: shortened and escaped, so the message can always be encoded. */
    private static String abbreviate(String s) {
        String q = Ids.quote(s);
        return q.substring(1, q.length() - 1);
    }
}
