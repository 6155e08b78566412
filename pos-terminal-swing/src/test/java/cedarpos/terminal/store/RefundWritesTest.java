package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.ZReport;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.internal.ShiftJson;
import cedarpos.terminal.testing.LebaneseCatalog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refunds on a real SQLite file: approved, audited in the same write, refused whole, and counted in the drawer. */
class RefundWritesTest {
    static final String KARIM = "Karim Nassar";
    static final String RANA = "Rana Haddad";
    static final Approval APPROVED = new Approval(KARIM, RANA);

    @TempDir
    Path dir;
    TerminalStore store;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static Tender cash(Money m) {
        return new Tender(Tender.Method.CASH, m);
    }

    /** 2 hummus ($11.00) and a shish taouk ($14.00): $25.00, paid with a $20 note and a $5 note. */
    MergedOrder paid() {
        MergedOrder o = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 2), new NewLine(SHISH_TAOUK, 1)), KARIM);
        return store.payments().settle(o.id(), Payment.of(usd(2500), List.of(cash(usd(2500))), RATE, VAT,
                Currency.USD));
    }

    OrderLineId line(MergedOrder o, String name) {
        return o.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow().line().id();
    }

    List<OutboxEntry> outbox() {
        return store.syncLog().pendingAfter(0, 1_000);
    }

    @Test
    void a_refund_in_pounds_is_written_with_its_audit_event_and_the_check_stays_paid() {
        MergedOrder o = paid();
        OrderLineId hummus = line(o, "Hummus");
        long before = store.pendingCount();
        // the 2 hummus, $11.00, back in pounds at the check's 89,500: 1100 x 895 = 984,500 LBP
        MergedOrder after = store.payments().refund(o.id(), Set.of(hummus), usd(1100),
                cash(Money.of(984_500, Currency.LBP)), APPROVED, " hummus was cold ");
        assertThat(after.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(after.refunded()).isEqualTo(usd(1100));
        assertThat(after.refunds()).singleElement().satisfies(r -> {
            assertThat(r.approvedBy()).isEqualTo(RANA);
            assertThat(r.rate()).isEqualTo(RATE);
            assertThat(r.reason()).isEqualTo("hummus was cold");
        });
        assertThat(store.orders().find(o.id()).orElseThrow().refundedLines()).containsExactly(hummus);
        assertThat(store.pendingCount()).isEqualTo(before + 2);
        List<OutboxEntry> last = outbox().subList(outbox().size() - 2, outbox().size());
        assertThat(last).extracting(OutboxEntry::entity, OutboxEntry::operation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("order", "refund"),
                org.assertj.core.groups.Tuple.tuple("audit", "record"));
        JsonObject audit = last.get(1).payload();
        assertThat(audit.getString("action")).isEqualTo("REFUND");
        assertThat(audit.getString("detail")).isEqualTo("$11.00 back in cash (LBP 984,500)");
        assertThat(audit.getString("reason")).isEqualTo("hummus was cold");
        assertThat(audit.getString("approvedBy")).isEqualTo(RANA);
        assertThat(audit.getString("actor")).isEqualTo(KARIM);
        assertThat(last.get(0).payload().getJsonArray("refunds")).hasSize(1);
    }

    @Test
    void bad_input_of_every_kind_is_refused_with_a_clear_message_and_writes_nothing() {
        MergedOrder o = paid();
        OrderLineId hummus = line(o, "Hummus");
        store.payments().refund(o.id(), Set.of(hummus), usd(1100), cash(usd(1100)), APPROVED, "cold");
        MergedOrder open = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 1)), KARIM);
        long before = store.pendingCount();

        assertThatThrownBy(() -> store.payments().refund(o.id(), Set.of(), usd(100), cash(usd(100)), APPROVED, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("say why the check is refunded");
        assertThatThrownBy(() -> store.payments().refund(o.id(), Set.of(), usd(100), cash(usd(100)), null, "cold"))
                .hasMessage("a refund needs a manager's approval");
        assertThatThrownBy(() -> store.payments().refund(o.id(), Set.of(), usd(1401), cash(usd(1401)), APPROVED,
                "cold"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the refund of $14.01 is more than the $14.00 left to refund (paid $25.00, refunded"
                        + " $11.00)");
        assertThatThrownBy(() -> store.payments().refund(o.id(), Set.of(OrderLineId.random()), usd(100), cash(usd(100)),
                APPROVED, "cold")).hasMessageContaining("is not a standing line");
        assertThatThrownBy(() -> store.payments().refund(o.id(), Set.of(hummus), usd(100), cash(usd(100)), APPROVED,
                "cold"))
                .hasMessageContaining("was refunded already");
        assertThatThrownBy(() -> store.payments().refund(o.id(), Set.of(), usd(100), cash(Money.of(89_000,
                Currency.LBP)),
                APPROVED, "cold")).hasMessage("a refund of $1.00 is LBP 89,500 handed back, not LBP 89,000");
        assertThatThrownBy(() -> store.payments().refund(open.id(), Set.of(), usd(100), cash(usd(100)), APPROVED,
                "cold"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("order is open; only a paid check can be refunded");
        assertThatThrownBy(() -> store.payments().refund(cedarpos.domain.OrderId.random(), Set.of(), usd(100), cash(
                usd(100)),
                APPROVED, "cold")).hasMessageContaining("unknown order");

        assertThat(store.pendingCount()).isEqualTo(before);
        assertThat(store.orders().find(o.id()).orElseThrow().refunds()).hasSize(1);
    }

    MergedOrder splitInTwo() {
        MergedOrder o = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 2), new NewLine(SHISH_TAOUK, 1)), KARIM);
        for (cedarpos.domain.pay.CheckSplit.Share share : cedarpos.domain.pay.CheckSplit.evenly(o, 2)) {
            o = store.payments().payShare(o.id(), "Share " + share.number(), share.lines(), share.amount(),
                    Payment.of(share.amount(), List.of(cash(share.amount())), RATE, VAT, Currency.USD));
        }
        assertThat(o.status()).isEqualTo(OrderStatus.SETTLED);
        return o;
    }

    @Test
    void split_checks_paid_in_the_shift_count_in_its_z_report_with_their_refunds() {
        store.shifts().open(KARIM, usd(10_000), Money.of(0, Currency.LBP));
        MergedOrder refunded = splitInTwo();
        splitInTwo();
        store.payments().refund(refunded.id(), Set.of(line(refunded, "Shish Taouk")), usd(1400), cash(usd(1400)),
                APPROVED,
                "burnt");
        ZReport z = store.shifts().close(KARIM, usd(13_600), Money.of(0, Currency.LBP));
        // 4 x $12.50 in, $14.00 out: $100.00 + $50.00 - $14.00 = $136.00
        assertThat(z.checks()).isEqualTo(2);
        assertThat(z.collected()).isEqualTo(usd(5000));
        assertThat(z.refunds()).isEqualTo(usd(1400));
        assertThat(z.drawer().expected()).isEqualTo(Cash.of(13_600, 0));
    }

    @Test
    void a_refund_lowers_the_cash_expected_in_the_drawer_of_the_shift_it_was_made_in() {
        MergedOrder o = paid();
        // the check was sold before this shift; its refund is this shift's
        store.shifts().open(KARIM, usd(10_000), Money.of(2_000_000, Currency.LBP));
        store.payments().refund(o.id(), Set.of(), usd(550), cash(Money.of(492_250, Currency.LBP)), APPROVED, "cold");
        store.payments().refund(o.id(), Set.of(), usd(300), new Tender(Tender.Method.CARD, usd(300)), APPROVED, "late");
        ZReport z = store.shifts().close(KARIM, usd(10_000), Money.of(1_507_750, Currency.LBP));
        assertThat(z.checks()).isZero();
        assertThat(z.refundCount()).isEqualTo(2);
        assertThat(z.refunds()).isEqualTo(usd(850));
        assertThat(z.drawer().refunded()).isEqualTo(Cash.of(0, 492_250));
        // 2,000,000 - 492,250 = 1,507,750: the drawer is even
        assertThat(z.drawer().expected()).isEqualTo(Cash.of(10_000, 1_507_750));
        assertThat(z.drawer().difference()).isEqualTo(Cash.ZERO);
        assertThat(store.shifts().report(z.shiftId())).contains(z);

        // a report kept before refunds existed reads with none
        JsonObject kept = ShiftJson.report(z);
        JsonObject drawer = Json.createObjectBuilder(kept.getJsonObject("drawer")).remove("refunded")
                .add("expected", Json.createObjectBuilder().add("USD", 10_000).add("LBP", 2_000_000))
                .add("difference", Json.createObjectBuilder().add("USD", 0).add("LBP", -492_250)).build();
        JsonObject old = Json.createObjectBuilder(kept).remove("refundCount").remove("refundsMinor")
                .add("drawer", drawer).build();
        ZReport read = ShiftJson.decodeReport(old.toString());
        assertThat(read.refundCount()).isZero();
        assertThat(read.refunds()).isEqualTo(usd(0));
        assertThat(read.drawer().refunded()).isEqualTo(Cash.ZERO);
        assertThat(read.drawer().expected()).isEqualTo(Cash.of(10_000, 2_000_000));
    }
}
