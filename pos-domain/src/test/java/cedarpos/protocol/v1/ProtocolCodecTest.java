package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.Discount;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.merge.VoidMark;
import java.util.Set;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ProtocolCodecTest {
    static final TerminalId TERMINAL = TerminalId.random();
    static final BranchId BRANCH = BranchId.random();

    static final Stamp STAMP = new Stamp(1_700_000_000_000L, TERMINAL.value(), 42);

    static OrderState order() {
        OrderState opened = OrderState.open(OrderId.random(), new OrderBirth(BRANCH, TERMINAL, Currency.USD,
                1_700_000_000_000L), TableId.random(), 2, List.of(
                new LineAdd(new OrderLine(OrderLineId.random(), MenuItemId.random(), "Hummus", 2,
                        Money.of(450, Currency.USD)), "no garlic", STAMP),
                new LineAdd(new OrderLine(OrderLineId.random(), MenuItemId.random(), "شيش طاووق", 1,
                        Money.of(1200, Currency.USD)), null, STAMP)), STAMP);
        OrderLineId first = opened.lines().values().stream().filter(l -> l.add().line().name().equals("Hummus"))
                .findFirst().orElseThrow().id();
        Stamp later = new Stamp(1_700_000_000_500L, TERMINAL.value(), 43);
        return opened.join(OrderState.withEdit(opened.id(), first, LineEdit.voided(later, Set.of(STAMP),
                new VoidMark("customer changed mind", "Rana"))))
                .join(OrderState.withDiscount(opened.id(), new Discount(Discount.Kind.PERCENT, 1000, "regular"), later));
    }

    static Stream<Message> everyMessage() {
        OrderState order = order();
        return Stream.of(
                new Hello(1, TERMINAL, BRANCH, "Counter 1", 41, 7, 1_700_000_000_123L),
                new Hello(1, TERMINAL, BRANCH, "Counter 1", 41, 7, 1_700_000_000_123L, "0.1.0", 58L,
                        1_699_999_000_000L),
                new Welcome(UUID.randomUUID().toString(), 1_700_000_000_456L, 41, 9),
                new Catalog(3, "Cedar Grill - Hamra", Currency.USD,
                        List.of(new DiningTable(TableId.random(), "T1", "Hall", 4)),
                        List.of(new MenuItem(MenuItemId.random(), "Mezze", "Hummus", "حمص", Money.of(450, Currency.USD), 1))),
                new Pull(7, 500),
                new Changes(9, List.of(new ChangeRecord(8, Operations.ORDER, order.id().toString(), TERMINAL,
                        1_700_000_000_789L, OrderStateJson.encode(order, Currency.USD)))),
                new Push(List.of(new OutboxEntry(UUID.randomUUID(), 42, Operations.ORDER, order.id().toString(),
                        Operations.OPEN, 1_700_000_000_000L, OrderStateJson.encode(order, Currency.USD)))),
                new Ack(42),
                new Ack(44, List.of(new Rejection(43, UUID.randomUUID(), ErrorCode.INVALID_PAYLOAD,
                        "payload.lines[0].add.name must be at most 200 characters"))),
                new Welcome("epoch-2", 1_700_000_000_456L, 44, 9, List.of(new Rejection(43, UUID.randomUUID(),
                        ErrorCode.UNKNOWN_OPERATION, "order/teleport is not an operation"))),
                new ErrorMessage(ErrorCode.SEQUENCE_GAP, "expected seq 43, got 45"));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void everyMessageSurvivesARoundTrip(Message message) throws ProtocolException {
        assertThat(ProtocolCodec.decode(ProtocolCodec.encode(message))).isEqualTo(message);
    }

    @Test
    void everyErrorFrameSaysWhetherResendingCanHelp() {
        assertThat(ProtocolCodec.encode(new ErrorMessage(ErrorCode.INTERNAL_ERROR, "later")))
                .contains("\"retryable\":true");
        assertThat(ProtocolCodec.encode(new ErrorMessage(ErrorCode.INVALID_PAYLOAD, "never")))
                .contains("\"retryable\":false");
    }

    @Test
    void aRejectionIsAlwaysPermanent() {
        assertThatThrownBy(() -> ProtocolCodec.decodeServerFrame("{\"type\":\"ack\",\"lastAppliedSeq\":3,"
                + "\"rejected\":[{\"seq\":3,\"entryId\":\"" + UUID.randomUUID()
                + "\",\"code\":\"INTERNAL_ERROR\",\"message\":\"x\"}]}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("rejected[0].code");
    }

    @Test
    void aTerminalAcceptsServerFramesAboveTheLimitOfFramesItSends() throws ProtocolException {
        String big = "{\"type\":\"error\",\"code\":\"INTERNAL_ERROR\",\"message\":\""
                + "x".repeat(ProtocolCodec.MAX_FRAME_CHARS) + "\"}";
        assertThatThrownBy(() -> ProtocolCodec.decode(big)).isInstanceOf(ProtocolException.class)
                .extracting(e -> ((ProtocolException) e).code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE);
        assertThat(ProtocolCodec.decodeServerFrame(big)).isInstanceOf(ErrorMessage.class);
    }

    @Test
    void orderPayloadRoundTripsWithArabicNamesAndTotals() throws ProtocolException {
        OrderState order = order();
        OrderState back = OrderStateJson.decode(OrderStateJson.encode(order, Currency.USD));
        assertThat(back).isEqualTo(order);
        assertThat(OrderStateJson.encode(back, Currency.USD)).isEqualTo(OrderStateJson.encode(order, Currency.USD));
        // hummus voided: 12.00 left, minus 10%
        assertThat(back.merge().total()).isEqualTo(Money.of(1080, Currency.USD));
    }

    static Stream<Arguments> badFrames() {
        String entry = "{\"entryId\":\"" + UUID.randomUUID() + "\",\"seq\":1,\"entity\":\"order\",\"recordId\":\"r\","
                + "\"operation\":\"place\",\"eventTimeMs\":0,\"payload\":{}}";
        return Stream.of(
                Arguments.of("not json at all", ErrorCode.MALFORMED_JSON),
                Arguments.of("{\"type\":\"push\"", ErrorCode.MALFORMED_JSON),
                Arguments.of("[1,2,3]", ErrorCode.MALFORMED_JSON),
                Arguments.of("", ErrorCode.MALFORMED_JSON),
                Arguments.of("{\"type\":\"teleport\"}", ErrorCode.UNKNOWN_TYPE),
                Arguments.of("{\"no\":\"type\"}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":42}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"ack\",\"lastAppliedSeq\":\"seven\"}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"ack\",\"lastAppliedSeq\":1.5}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"ack\",\"lastAppliedSeq\":-1}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"ack\",\"lastAppliedSeq\":99999999999999999999999}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"hello\",\"protocolVersion\":1,\"terminalId\":\"nope\"}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"push\",\"entries\":[]}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"push\",\"entries\":[7]}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"push\",\"entries\":{}}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"push\",\"entries\":[" + entry.replace("\"seq\":1", "\"seq\":0") + "]}",
                        ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"push\",\"entries\":[" + entry.replace("{}", "[]") + "]}",
                        ErrorCode.INVALID_FIELD),
                Arguments.of("{\"type\":\"push\",\"entries\":[" + (entry + ",").repeat(1000) + entry + "]}",
                        ErrorCode.BATCH_TOO_LARGE),
                Arguments.of("{\"type\":\"pull\",\"afterSeq\":0,\"limit\":0}", ErrorCode.INVALID_FIELD),
                Arguments.of("{\"pad\":\"" + "x".repeat(ProtocolCodec.MAX_FRAME_CHARS) + "\"}", ErrorCode.FRAME_TOO_LARGE));
    }

    @ParameterizedTest
    @MethodSource("badFrames")
    void badFramesAreRefusedWithAStableCode(String frame, ErrorCode expected) {
        assertThatThrownBy(() -> ProtocolCodec.decode(frame))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(expected);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void errorsNameTheOffendingFieldWithItsPath() {
        String frame = "{\"type\":\"push\",\"entries\":[{\"entryId\":\"" + UUID.randomUUID()
                + "\",\"seq\":\"one\"}]}";
        assertThatThrownBy(() -> ProtocolCodec.decode(frame)).hasMessage("entries[0].seq must be a whole number");
    }

    @Test
    void invalidOrderPayloadsAreRefusedAsInvalidPayload() {
        String valid = OrderStateJson.encode(order(), Currency.USD).toString();
        for (String bad : List.of(valid.replace("\"quantity\":2", "\"quantity\":0"),
                valid.replace("\"USD\"", "\"EUR\""),
                valid.replace("\"OPEN\"", "\"EATEN\""),
                valid.replace("\"s\":\"1700000000000:", "\"s\":\"soon:"),
                valid.replace("\"by\":\"Rana\"", "\"by\":\"\""),
                valid.replace("\"bases\":[\"", "\"bases\":[7,\""),
                valid.replace("\"unitPriceMinor\":450", "\"unitPriceMinor\":-450"))) {
            assertThat(bad).as("the corruption applies").isNotEqualTo(valid);
            assertThatThrownBy(() -> OrderStateJson.decode(jakarta.json.Json.createReader(new java.io.StringReader(bad))
                    .readObject()))
                    .as(bad)
                    .isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD));
        }
    }
}
