package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.ALMAZA;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.LEMONADE;
import static cedarpos.terminal.testing.LebaneseCatalog.MEDIUM;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.SHISH_TAOUK;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.TABBOULEH;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.shift.Cash;
import cedarpos.domain.shift.DrawerMovement;
import cedarpos.domain.shift.Shift;
import cedarpos.domain.shift.ZReport;
import cedarpos.domain.shift.ZReport.CategorySales;
import cedarpos.domain.shift.ZReport.VoidedLine;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.ShiftRefusal.Code;
import cedarpos.terminal.testing.LebaneseCatalog;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shifts on a real SQLite file: the Z report of a service must match its checks to the cent and the pound. */
class ShiftBookTest {
    static final String KARIM = "Karim Nassar";
    static final String RANA = "Rana Haddad";

    @TempDir
    Path dir;
    TerminalStore store;
    ShiftBook shifts;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        shifts = store.shifts();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }

    static Money lbp(long pounds) {
        return Money.of(pounds, Currency.LBP);
    }

    static Tender cash(Money m) {
        return new Tender(Tender.Method.CASH, m);
    }

    static Tender card(Money m) {
        return new Tender(Tender.Method.CARD, m);
    }

    MergedOrder order(cedarpos.domain.TableId table, NewLine... lines) {
        MergedOrder o = store.orders().open(table, 2, List.of(lines), KARIM);
        return store.orders().sendToKitchen(o.id());
    }

    MergedOrder pay(MergedOrder o, Currency changeIn, Tender... tenders) {
        MergedOrder now = store.orders().find(o.id()).orElseThrow();
        return store.payments().settle(o.id(), Payment.of(VAT.due(now.total()), List.of(tenders), RATE, VAT, changeIn));
    }

    MergedLine line(MergedOrder o, String name) {
        return o.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow();
    }

    List<OutboxEntry> shiftOutbox() {
        return store.syncLog().pendingAfter(0, 1_000).stream().filter(e -> e.entity().equals("shift")).toList();
    }

    /** The evening of ZReportTest, rung up for real: four checks, both currencies, two discounts, a void. */
    Shift service() {
        // paid before the shift opened: the previous drawer's
        pay(order(null, new NewLine(HUMMUS, 1)), Currency.USD, cash(usd(550)));

        Shift shift = shifts.open(KARIM, usd(10_000), lbp(2_000_000));
        // A: 2 hummus + shish taouk = $25.00 on a card
        pay(order(T1, new NewLine(HUMMUS, 2), new NewLine(SHISH_TAOUK, 1)), Currency.USD, card(usd(2500)));
        // B: tabbouleh + 2 lemonades (+ fried kibbeh, voided) = $13.50, 10% off = $12.15; $20 note, change 702,575 LBP
        MergedOrder b = store.orders().open(T2, 2, List.of(new NewLine(TABBOULEH, 1), new NewLine(LEMONADE, 2),
                new NewLine(KIBBEH, 1)), KARIM);
        store.orders().voidLine(b.id(), line(b, "Fried Kibbeh").line().id(), "guest changed mind", KARIM);
        store.orders().sendToKitchen(b.id());
        store.orders().setDiscount(b.id(), new Discount(Discount.Kind.PERCENT, 1000, "staff meal"));
        pay(b, Currency.LBP, cash(usd(2000)));
        shifts.payIn(lbp(500_000), "change from the safe", KARIM);
        // C, mixed: mixed grill + 2 knefeh = $32.00; a $20 note and 1,500,000 LBP, change 426,000 LBP
        pay(order(T4, new NewLine(MIXED_GRILL, 1, null, List.of(MEDIUM.id())), new NewLine(KNEFEH, 2)),
                Currency.LBP, cash(usd(2000)), cash(lbp(1_500_000)));
        shifts.payOut(usd(1500), "ice delivery", KARIM, RANA);
        // D: 3 Almaza = $12.00 less $2.00: 447,500 LBP on a card and a $5 note
        MergedOrder d = order(null, new NewLine(ALMAZA, 3));
        store.orders().setDiscount(d.id(), new Discount(Discount.Kind.AMOUNT, 200, "regular"));
        pay(d, Currency.USD, card(lbp(447_500)), cash(usd(500)));
        shifts.payOut(lbp(100_000), "bread", KARIM, RANA);
        // still on the table at closing: not a sale yet
        order(T1, new NewLine(KNEFEH, 1));
        return shift;
    }

    @Test
    void a_service_closes_with_a_z_report_that_matches_its_checks_exactly() {
        Shift shift = service();
        assertThat(shifts.current()).contains(shift);
        assertThat(shifts.movements(shift.id())).extracting(DrawerMovement::kind, DrawerMovement::approvedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DrawerMovement.Kind.PAY_IN, null),
                        org.assertj.core.groups.Tuple.tuple(DrawerMovement.Kind.PAY_OUT, RANA),
                        org.assertj.core.groups.Tuple.tuple(DrawerMovement.Kind.PAY_OUT, RANA));

        ZReport z = shifts.close(KARIM, usd(12_800), lbp(2_800_000));

        assertThat(z.checks()).isEqualTo(4);
        assertThat(z.grossSales()).isEqualTo(usd(2500 + 1350 + 3200 + 1200));
        assertThat(z.discountCount()).isEqualTo(2);
        assertThat(z.discounts()).isEqualTo(usd(135 + 200));
        assertThat(z.netSales()).isEqualTo(usd(7915));
        assertThat(z.vat()).isEqualTo(usd(248 + 120 + 317 + 99));
        assertThat(z.byCategory()).containsExactly(new CategorySales("Grills", 2, usd(3600)),
                new CategorySales("Drinks", 5, usd(1900)), new CategorySales("Mezze", 3, usd(1750)),
                new CategorySales("Desserts", 2, usd(1000)));
        assertThat(z.voids()).containsExactly(new VoidedLine("Fried Kibbeh", 1, usd(800), "guest changed mind", KARIM));
        assertThat(z.voidValue()).isEqualTo(usd(800));
        assertThat(z.payment(Tender.Method.CASH, Currency.USD).net()).isEqualTo(usd(4500));
        assertThat(z.payment(Tender.Method.CASH, Currency.LBP).tendered()).isEqualTo(lbp(1_500_000));
        assertThat(z.payment(Tender.Method.CASH, Currency.LBP).change()).isEqualTo(lbp(702_575 + 426_000));
        assertThat(z.payment(Tender.Method.CARD, Currency.USD).net()).isEqualTo(usd(2500));
        assertThat(z.payment(Tender.Method.CARD, Currency.LBP).net()).isEqualTo(lbp(447_500));
        ZReport.Drawer drawer = z.drawer();
        assertThat(drawer.expected()).isEqualTo(Cash.of(13_000, 2_771_425));
        assertThat(drawer.counted()).isEqualTo(Cash.of(12_800, 2_800_000));
        assertThat(drawer.difference()).isEqualTo(Cash.of(-200, 28_575));

        assertThat(shifts.current()).isEmpty();
        assertThat(shifts.report(shift.id())).as("a reprint shows what was signed off").contains(z);
        // a check paid after the closing belongs to the next drawer: the kept report does not move
        pay(store.orders().openChecks().get(0), Currency.USD, cash(usd(500)));
        assertThat(shifts.report(shift.id())).contains(z);
        assertThat(shifts.recentlyClosed(5)).extracting(Shift::id).containsExactly(shift.id());
    }

    @Test
    void every_shift_write_is_one_outbox_entry_with_its_record_as_json() {
        Shift shift = service();
        shifts.close(KARIM, usd(12_800), lbp(2_800_000));
        List<OutboxEntry> entries = shiftOutbox();
        assertThat(entries).extracting(OutboxEntry::operation)
                .containsExactly("open", "movement", "movement", "movement", "close");
        assertThat(entries).extracting(OutboxEntry::recordId).containsOnly(shift.id().toString());

        JsonObject open = entries.get(0).payload();
        assertThat(open.getString("id")).isEqualTo(shift.id().toString());
        assertThat(open.getString("terminalId")).isEqualTo(store.terminalId().toString());
        assertThat(open.getString("openedBy")).isEqualTo(KARIM);
        assertThat(open.getJsonObject("openingFloat").getJsonNumber("USD").longValue()).isEqualTo(10_000);
        assertThat(open.getJsonObject("openingFloat").getJsonNumber("LBP").longValue()).isEqualTo(2_000_000);
        assertThat(open.getString("s")).isEqualTo(entries.get(0).eventTimeMs() + ":" + store.terminalId() + ":"
                + entries.get(0).seq());

        JsonObject out = entries.get(2).payload();
        assertThat(out.getString("kind")).isEqualTo("PAY_OUT");
        assertThat(out.getJsonNumber("amountMinor").longValue()).isEqualTo(1500);
        assertThat(out.getString("currency")).isEqualTo("USD");
        assertThat(out.getString("reason")).isEqualTo("ice delivery");
        assertThat(out.getString("approvedBy")).isEqualTo(RANA);
        assertThat(out.getString("shiftId")).isEqualTo(shift.id().toString());
        assertThat(out.getString("id")).isNotBlank();
        assertThat(entries.get(1).payload().containsKey("approvedBy")).as("a pay-in needs none").isFalse();

        JsonObject close = entries.get(4).payload();
        assertThat(close.getJsonObject("counted").getJsonNumber("LBP").longValue()).isEqualTo(2_800_000);
        JsonObject report = close.getJsonObject("report");
        assertThat(report.getInt("checks")).isEqualTo(4);
        assertThat(report.getJsonObject("drawer").getJsonObject("difference").getJsonNumber("USD").longValue())
                .isEqualTo(-200);
        assertThat(report.getJsonArray("byPayment")).hasSize(4);
        assertThat(report.getJsonArray("movements")).hasSize(3);
    }

    @Test
    void a_shift_survives_a_restart_of_the_till() {
        Shift shift = shifts.open(KARIM, usd(5_000), lbp(0));
        shifts.payIn(usd(1_000), "float top-up", KARIM);
        store.close();
        store = TerminalStore.open(dir);
        shifts = store.shifts();
        assertThat(shifts.current()).contains(shift);
        ZReport z = shifts.close(usd(6_000), lbp(0));
        assertThat(z.closedBy()).as("closed by whoever opened it").isEqualTo(KARIM);
        assertThat(z.drawer().difference()).isEqualTo(Cash.ZERO);
        Shift next = shifts.open("Maya Khoury", usd(6_000), lbp(0));
        assertThat(next.openSeq()).isGreaterThan(shift.openSeq());
    }

    @Test
    void bad_input_is_refused_with_a_code_and_writes_nothing() {
        refused(() -> shifts.close(KARIM, usd(0), lbp(0)), Code.NOT_OPEN);
        refused(() -> shifts.close(usd(0), lbp(0)), Code.NOT_OPEN);
        refused(() -> shifts.payIn(usd(100), "safe", KARIM), Code.NOT_OPEN);
        refused(() -> shifts.open(KARIM, usd(-1), lbp(0)), Code.NEGATIVE_AMOUNT);
        refused(() -> shifts.open(KARIM, lbp(100), lbp(0)), Code.WRONG_CURRENCY);
        refused(() -> shifts.open(KARIM, null, lbp(0)), Code.AMOUNT_REQUIRED);
        refused(() -> shifts.open(" ", usd(0), lbp(0)), Code.NAME_REQUIRED);
        assertThat(shifts.current()).isEmpty();

        Shift shift = shifts.open(KARIM, usd(10_000), lbp(0));
        refused(() -> shifts.open("Maya Khoury", usd(0), lbp(0)), Code.ALREADY_OPEN);
        refused(() -> shifts.payIn(usd(100), "  ", KARIM), Code.REASON_REQUIRED);
        refused(() -> shifts.payIn(usd(100), "x".repeat(201), KARIM), Code.REASON_TOO_LONG);
        refused(() -> shifts.payIn(usd(0), "safe", KARIM), Code.AMOUNT_NOT_POSITIVE);
        refused(() -> shifts.payOut(lbp(-5), "bread", KARIM, RANA), Code.AMOUNT_NOT_POSITIVE);
        refused(() -> shifts.payOut(usd(500), "ice", KARIM, " "), Code.APPROVAL_REQUIRED);
        refused(() -> shifts.payOut(usd(500), "ice", KARIM, null), Code.APPROVAL_REQUIRED);
        refused(() -> shifts.close(KARIM, usd(100), lbp(-1)), Code.NEGATIVE_AMOUNT);
        refused(() -> shifts.close(KARIM, usd(100), usd(1)), Code.WRONG_CURRENCY);
        assertThat(shifts.current()).as("still open, unchanged").contains(shift);
        assertThat(shifts.movements(shift.id())).isEmpty();
    }

    /** Refused with {@code code}; the outbox, the shifts and the movements are as they were. */
    void refused(ThrowingCallable call, Code code) {
        Supplier<List<Long>> snapshot = () -> List.of(StoreFixture.count(store, "SELECT COUNT(*) FROM outbox"),
                StoreFixture.count(store, "SELECT COUNT(*) FROM shift"),
                StoreFixture.count(store, "SELECT COUNT(*) FROM shift WHERE close_seq IS NULL"),
                StoreFixture.count(store, "SELECT COUNT(*) FROM drawer_movement"),
                store.state().nextSeq());
        List<Long> before = snapshot.get();
        assertThatThrownBy(call).isInstanceOfSatisfying(ShiftRefusal.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isNotBlank();
        });
        assertThat(snapshot.get()).as("nothing written for " + code).isEqualTo(before);
    }
}
