package cedarpos.server.sync;

import static cedarpos.server.testing.DemoBranch.ID;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.protocol.v1.Welcome;
import cedarpos.server.testing.DemoBranch;
import cedarpos.server.testing.ItServers;
import cedarpos.server.testing.PayaraServer;
import cedarpos.server.testing.ServerApi;
import cedarpos.server.testing.ServerApi.Enrolled;
import cedarpos.server.testing.SyncClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A till's refund of a paid check reaches the server, which merges it like any order change and sends it back to the
 * branch; a refund entry that also changes the check's status is refused whole.
 */
class RefundPushIT {
    private static PayaraServer server;
    private static ServerApi admin;

    @BeforeAll
    static void startServer() {
        server = ItServers.demoOnH2(ItServers.workDir("RefundPushIT")).build().start();
        admin = ItServers.admin(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aRefundOfAPaidCheckIsMergedAndBroadcastAndTheCheckStaysPaid() {
        Enrolled t = admin.enrollNew(ID, "Refund till");
        TerminalId till = t.terminalId();
        try (SyncClient c = SyncClient.connect(server.wsUrl(), t.token())) {
            c.send(t.hello(0, admin.changeHead(ID)));
            c.next(Welcome.class);
            c.nextRaw(Duration.ofSeconds(10));
            long at = System.currentTimeMillis();
            OrderId id = OrderId.random();
            Stamp s1 = DemoBranch.stamp(till, 1, at);
            OrderState opened = OrderState.open(id, new OrderBirth(ID, till, Currency.USD, at), DemoBranch.TABLE_1, 2,
                    List.of(new LineAdd(DemoBranch.line(1150), null, s1)), s1);
            Money due = Money.of(1150, Currency.USD);
            ExchangeRate rate = new ExchangeRate(DemoBranch.LBP_PER_USD);
            Payment payment = Payment.of(due, List.of(new Tender(Tender.Method.CASH, due)), rate,
                    new Vat(DemoBranch.VAT_BP, true), Currency.USD);
            OutboxEntry open = DemoBranch.entry(1, Operations.OPEN, opened, at);
            OutboxEntry settle = DemoBranch.settle(till, 2, at + 1, opened, payment);
            OrderState paid = opened.join(DemoBranch.state(settle.payload()));
            Stamp s3 = DemoBranch.stamp(till, 3, at + 2);
            Refund forgedRefund = new Refund(UUID.randomUUID(), Set.of(), Money.of(550, Currency.USD), new Tender(
                    Tender.Method.CASH, Money.of(550 * DemoBranch.LBP_PER_USD / 100, Currency.LBP)), rate,
                    "cold food", "Rana Haddad", s3);

            // a refund that also reopens the check is rejected; the open and settle of the push are applied
            OutboxEntry forged = DemoBranch.entry(3, Operations.REFUND,
                    paid.refund(forgedRefund, s3).join(OrderState.reopened(id, s3)), at + 2);
            assertThat(c.expectRejectionAfter(DemoBranch.push(open, settle, forged), ErrorCode.INVALID_PAYLOAD)
                    .message()).contains("refund carries fields it does not own");
            c.next(Changes.class);
            // changed by design (issue 14): the good entries of the push are applied, the check is paid, not refunded
            JsonObject settled = admin.order(ID, id.toString());
            assertThat(settled.getString("status")).isEqualTo("SETTLED");
            assertThat(settled.getJsonNumber("refundedMinor").longValue()).isZero();

            // the rejected refund took seq 3: the good one is seq 4
            Stamp s4 = DemoBranch.stamp(till, 4, at + 2);
            Refund refund = new Refund(UUID.randomUUID(), Set.of(), Money.of(550, Currency.USD), new Tender(
                    Tender.Method.CASH, Money.of(550 * DemoBranch.LBP_PER_USD / 100, Currency.LBP)), rate,
                    "cold food", "Rana Haddad", s4);
            OrderState delta = paid.refund(refund, s4);
            c.send(DemoBranch.push(DemoBranch.entry(4, Operations.REFUND, delta, at + 2)));
            assertThat(c.next(Ack.class).lastAppliedSeq()).isEqualTo(4);
            Changes changes = c.next(Changes.class);
            OrderState broadcast = DemoBranch.state(changes.records().stream()
                    .filter(r -> r.entity().equals("order")).reduce((a, b) -> b).orElseThrow().payload());
            assertThat(broadcast.refunds().values()).containsExactly(refund);
            assertThat(broadcast.merge().status()).isEqualTo(OrderStatus.SETTLED);
            assertThat(broadcast.merge().refundable()).isEqualTo(Money.of(600, Currency.USD));
            JsonObject order = admin.order(ID, id.toString());
            assertThat(order.getString("status")).isEqualTo("SETTLED");
            // the manager's view says what was refunded, and that nothing is left to pay
            assertThat(order.getJsonNumber("refundedMinor").longValue()).isEqualTo(550);
            assertThat(order.getJsonNumber("balanceMinor").longValue()).isZero();
            assertThat(order.getJsonNumber("sharesPaidMinor").longValue()).isZero();
        }
    }
}
