package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Ids;
import cedarpos.domain.merge.Stamp;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input exactly as strict as docs/protocol.md says, and decoding that never throws anything else. */
class StrictInputTest {
    private static final String TERMINAL = UUID.randomUUID().toString();
    private static final String BRANCH = UUID.randomUUID().toString();

    private static String hello(String protocolVersion, String terminalId, String lastAckedSeq) {
        return "{\"type\":\"hello\",\"protocolVersion\":" + protocolVersion + ",\"terminalId\":\"" + terminalId
                + "\",\"branchId\":\"" + BRANCH + "\",\"terminalName\":\"Till 1\",\"lastAckedSeq\":" + lastAckedSeq
                + ",\"cursor\":0,\"clientTimeMs\":1700000000000}";
    }

    /** The frame with one more field before its closing brace. */
    private static String withField(String frame, String field) {
        return frame.substring(0, frame.length() - 1) + "," + field + "}";
    }

    private static String push(String entryId, String seq) {
        return "{\"type\":\"push\",\"entries\":[{\"entryId\":\"" + entryId + "\",\"seq\":" + seq
                + ",\"entity\":\"order\",\"recordId\":\"r\",\"operation\":\"upsert\",\"eventTimeMs\":1,\"payload\":{}}]}";
    }

    @Test
    void theValidFramesBelowDecode() throws ProtocolException {
        assertThat(ProtocolCodec.decode(hello("1", TERMINAL, "0"))).isInstanceOf(Hello.class);
        assertThat(ProtocolCodec.decode(push(UUID.randomUUID().toString(), "1"))).isInstanceOf(Push.class);
        assertThat(ProtocolCodec.decode(" {\"type\":\"pull\",\"afterSeq\":-0,\"limit\":5} \n\t"))
                .isEqualTo(new Pull(0, 5));
    }

    static Stream<Arguments> looserThanTheDocument() {
        String upper = UUID.randomUUID().toString().toUpperCase();
        return Stream.of(
                Arguments.of(hello("1e0", TERMINAL, "0"), ErrorCode.INVALID_FIELD, "protocolVersion"),
                Arguments.of(hello("1E0", TERMINAL, "0"), ErrorCode.INVALID_FIELD, "protocolVersion"),
                Arguments.of(hello("1.0", TERMINAL, "0"), ErrorCode.INVALID_FIELD, "protocolVersion"),
                Arguments.of(hello("0.1e1", TERMINAL, "0"), ErrorCode.INVALID_FIELD, "protocolVersion"),
                Arguments.of(hello("1", TERMINAL, "1e3"), ErrorCode.INVALID_FIELD, "lastAckedSeq"),
                Arguments.of(hello("1", TERMINAL, "10.0"), ErrorCode.INVALID_FIELD, "lastAckedSeq"),
                Arguments.of(hello("1", TERMINAL, "1.5e1"), ErrorCode.INVALID_FIELD, "lastAckedSeq"),
                Arguments.of(withField(hello("1", TERMINAL, "0"), "\"outboxSeq\":-1"), ErrorCode.INVALID_FIELD,
                        "outboxSeq"),
                Arguments.of(withField(hello("1", TERMINAL, "0"), "\"oldestPendingAtMs\":1.5"),
                        ErrorCode.INVALID_FIELD, "oldestPendingAtMs"),
                Arguments.of(withField(hello("1", TERMINAL, "0"), "\"appVersion\":\"" + "9".repeat(51) + "\""),
                        ErrorCode.INVALID_FIELD, "appVersion"),
                Arguments.of(withField(hello("1", TERMINAL, "0"), "\"appVersion\":\" \""), ErrorCode.INVALID_FIELD,
                        "appVersion"),
                Arguments.of(push(UUID.randomUUID().toString(), "1E0"), ErrorCode.INVALID_FIELD, "entries[0].seq"),
                Arguments.of(hello("1", TERMINAL.toUpperCase(), "0"), ErrorCode.INVALID_FIELD, "terminalId"),
                Arguments.of(push(upper, "1"), ErrorCode.INVALID_FIELD, "entries[0].entryId"),
                Arguments.of(push("{" + UUID.randomUUID() + "}", "1"), ErrorCode.INVALID_FIELD, "entries[0].entryId"),
                Arguments.of(push("1-2-3-4-5", "1"), ErrorCode.INVALID_FIELD, "entries[0].entryId"),
                Arguments.of(hello("1", TERMINAL, "0") + "x", ErrorCode.MALFORMED_JSON, "text follows"),
                Arguments.of(hello("1", TERMINAL, "0") + "{}", ErrorCode.MALFORMED_JSON, "text follows"),
                Arguments.of(hello("1", TERMINAL, "0") + " 7", ErrorCode.MALFORMED_JSON, "text follows"),
                Arguments.of("[" + hello("1", TERMINAL, "0") + "]", ErrorCode.MALFORMED_JSON, "object"),
                Arguments.of("", ErrorCode.MALFORMED_JSON, "empty"),
                Arguments.of("{\"type\":\"pull\",\"afterSeq\":1e2147483648,\"limit\":1}",
                        ErrorCode.NUMBER_OUT_OF_RANGE, "exponent"),
                Arguments.of("{\"type\":\"pull\",\"x\":1e-99999,\"afterSeq\":0,\"limit\":1}",
                        ErrorCode.NUMBER_OUT_OF_RANGE, "exponent"),
                Arguments.of("{\"type\":\"pull\",\"x\":" + "9".repeat(1001) + ",\"afterSeq\":0,\"limit\":1}",
                        ErrorCode.NUMBER_OUT_OF_RANGE, "1001 characters"),
                Arguments.of("{\"type\":\"\\ud800\"}", ErrorCode.INVALID_TEXT, "unpaired surrogate"),
                Arguments.of("{\"type\":\"hello\",\"\\udc00x\":1}", ErrorCode.INVALID_TEXT, "unpaired surrogate"),
                Arguments.of("{\"type\":\"hello\",\"n\":\"a\ud800\"}", ErrorCode.INVALID_TEXT, "unpaired surrogate"),
                Arguments.of("{\"a\":" + "[".repeat(ProtocolCodec.MAX_DEPTH) + "]".repeat(ProtocolCodec.MAX_DEPTH) + "}",
                        ErrorCode.JSON_TOO_DEEP, "deeper than 64"),
                Arguments.of("[".repeat(100_000), ErrorCode.MALFORMED_JSON, "object"),
                Arguments.of("{\"a\":" + "[".repeat(100_000), ErrorCode.JSON_TOO_DEEP, "deeper than 64"));
    }

    @ParameterizedTest
    @MethodSource("looserThanTheDocument")
    void looserInputIsRefusedNamingTheProblem(String frame, ErrorCode code, String named) {
        assertThatThrownBy(() -> ProtocolCodec.decode(frame)).isInstanceOfSatisfying(ProtocolException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(named);
            assertEncodable(e);
        });
    }

    @Test
    void nestingUpToTheLimitIsAccepted() throws ProtocolException {
        int inner = ProtocolCodec.MAX_DEPTH - 1;
        String frame = "{\"type\":\"pull\",\"afterSeq\":0,\"limit\":1,\"x\":" + "[".repeat(inner) + "]".repeat(inner) + "}";
        assertThat(ProtocolCodec.decode(frame)).isEqualTo(new Pull(0, 1));
    }

    @Test
    void aSurrogatePairIsText() throws ProtocolException {
        assertThat(ProtocolCodec.decode("{\"type\":\"pull\",\"n\":\"\\ud83c\\udf54 \ud83c\udf54\",\"afterSeq\":0,\"limit\":1}"))
                .isEqualTo(new Pull(0, 1));
    }

    @Test
    void payloadNumbersKeepTheirTextAndIntegersInPayloadsAreLiteralsToo() throws ProtocolException {
        Push p = (Push) ProtocolCodec.decode(push(UUID.randomUUID().toString(), "1")
                .replace("\"payload\":{}", "\"payload\":{\"q\":1E0,\"note\":1.25}"));
        JsonAssert.noFraction(p);
        assertThatThrownBy(() -> Fields.payload(p.entries().get(0).payload()).longValue("q"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                    assertThat(e.getMessage()).startsWith("payload.q must be an integer literal");
                });
        assertThat(ProtocolCodec.encode(p)).contains("\"q\":1E0", "\"note\":1.25");
    }

    @Test
    void idsAndStampOriginsAreCanonicalLowerCase() {
        UUID id = UUID.randomUUID();
        assertThat(Ids.uuid(id.toString(), "id")).isEqualTo(id);
        assertThatThrownBy(() -> Ids.uuid(id.toString().toUpperCase(), "id"))
                .hasMessageContaining("canonical lower-case");
        assertThatThrownBy(() -> Stamp.parse("1700000000000:" + id.toString().toUpperCase() + ":1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Stamp.parse("1700000000000:" + id + ":1").origin()).isEqualTo(id);
    }

    @Test
    void errorMessagesEscapeClientText() {
        assertThatThrownBy(() -> ProtocolCodec.decode("{\"type\":\"\\u0000\\ud83c\\udf54" + "x".repeat(100) + "\"}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
                    assertThat(e.getMessage()).contains("\\u0000\\ud83c\\udf54xxx").contains("...")
                            .doesNotContain("x".repeat(61));
                    assertEncodable(e);
                });
    }

    /**
     * Seeded mutations of valid frames (characters dropped, doubled, replaced by JSON punctuation, digits,
     * exponents, escapes and lone surrogates, nesting opened): decoding returns or throws ProtocolException,
     * and every refusal's message can be encoded.
     */
    @Test
    void decodingNeverThrowsAnythingButProtocolException() {
        List<String> seeds = List.of(hello("1", TERMINAL, "0"), push(UUID.randomUUID().toString(), "1"),
                "{\"type\":\"pull\",\"afterSeq\":0,\"limit\":5}",
                ProtocolCodec.encode(new Ack(3, List.of(new Rejection(2, UUID.randomUUID(), ErrorCode.INVALID_PAYLOAD,
                        "payload.lines[0].add.name too long")))));
        String[] pieces = {"{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\ud800", "\udc00", "e",
                "E", ".", "-", "+", "0", "9", "e2147483648", "1e-2147483649", "null", "true", "\u0000", " ",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\uFEFF", "/*"};
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder frame = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(frame.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> frame.insert(at, pieces[random.nextInt(pieces.length)]);
                    case 1 -> {
                        if (at < frame.length()) {
                            frame.deleteCharAt(at);
                        }
                    }
                    default -> frame.insert(at, (char) random.nextInt(0x10000));
                }
            }
            String text = frame.toString();
            try {
                ProtocolCodec.decode(text);
            } catch (ProtocolException e) {
                assertEncodable(e);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("decode threw " + e + " for " + Ids.quote(text), e);
            }
        }
    }

    private static void assertEncodable(ProtocolException e) {
        String message = e.getMessage();
        for (int i = 0; i < message.length(); i++) {
            assertThat(Character.isSurrogate(message.charAt(i)) || message.charAt(i) < 0x20)
                    .as("character %d of %s", i, Ids.quote(message)).isFalse();
        }
        assertThat(ProtocolCodec.encode(e.toMessage())).isNotEmpty();
    }

    /** Small helpers that say what a decoded push holds. */
    private static final class JsonAssert {
        static void noFraction(Push p) {
            assertThat(p.entries()).hasSize(1);
        }
    }
}
