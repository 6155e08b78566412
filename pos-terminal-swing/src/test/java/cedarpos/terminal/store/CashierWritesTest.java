package cedarpos.terminal.store;

import static cedarpos.terminal.store.StoreFixture.count;
import static cedarpos.terminal.testing.LebaneseCatalog.GARLIC;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.MEDIUM;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static cedarpos.terminal.testing.LebaneseCatalog.WELL_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.Currency;
import cedarpos.domain.LineModifier;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, modifiers and mixed-currency payment on a real SQLite file, with no server. */
class CashierWritesTest {
    @TempDir
    Path dir;
    TerminalStore store;

    @BeforeEach
    void open() {
        store = TerminalStore.open(dir, Clock.systemUTC());
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Tender cash(long minor, Currency currency) {
        return new Tender(Tender.Method.CASH, Money.of(minor, currency));
    }

    @Test
    void staff_sign_in_with_their_pin_offline_and_the_catalog_survives_a_restart() {
        assertThat(store.cashier().signIn("2580".toCharArray())).map(StaffMember::role).contains(Role.MANAGER);
        assertThat(store.cashier().signIn("1111".toCharArray())).map(StaffMember::name).contains("Karim Nassar");
        assertThat(store.cashier().signIn("9999".toCharArray())).isEmpty();
        assertThat(store.cashier().signIn("25".toCharArray())).isEmpty();
        store.close();
        store = TerminalStore.open(dir, Clock.systemUTC());
        assertThat(store.cashier().settings().rate()).isEqualTo(RATE);
        assertThat(store.cashier().settings().vat()).isEqualTo(VAT);
        assertThat(store.cashier().modifiersFor(KAFTA)).extracting(g -> g.nameEn()).containsExactly("Doneness",
                "Sauces");
        assertThat(store.cashier().modifiersFor(HUMMUS)).isEmpty();
        assertThat(store.cashier().signIn("2222".toCharArray())).map(StaffMember::role).contains(Role.WAITER);
        assertThat(StoreFixture.count(store, "SELECT COUNT(*) FROM cashier_catalog WHERE json LIKE '%2580%'"))
                .as("no PIN in clear on disk").isZero();
    }

    @Test
    void the_arabic_names_of_categories_and_areas_are_kept_and_a_new_one_is_news_for_the_screens() {
        assertThat(store.cashier().names()).as("none in the catalog").isEqualTo(ArabicNames.NONE);
        List<StoreEvent> events = new ArrayList<>();
        store.addListener(events::add);
        ArabicNames names = new ArabicNames(Map.of("Grills", "مشاوي"), Map.of("Main hall", "الصالة"));
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(3).withNames(names));
        assertThat(events).as("only the names changed: the screens redraw").containsExactly(StoreEvent.CATALOG);
        assertThat(store.cashier().names()).isEqualTo(names);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(4).withNames(names));
        assertThat(events).as("the same names again").endsWith(StoreEvent.REMOTE_CHANGES);
        store.close();
        store = TerminalStore.open(dir, Clock.systemUTC());
        assertThat(store.cashier().names().category("Grills")).as("offline, after a restart").isEqualTo("مشاوي");
        assertThat(store.cashier().names().area("Terrace")).isEqualTo("Terrace");
    }

    @Test
    void a_line_with_modifiers_is_priced_with_them_and_names_them() {
        MergedOrder o = store.orders().open(T4, 2, List.of(new NewLine(KAFTA, 2, "no onions",
                List.of(WELL_DONE.id(), GARLIC.id()))), "Maya Khoury");
        assertThat(o.staffName()).isEqualTo("Maya Khoury");
        assertThat(o.lines().get(0).modifiers()).extracting(LineModifier::nameEn)
                .containsExactly("Well done", "Extra garlic sauce");
        // kafta 13.00 + garlic 0.50, twice
        assertThat(o.total()).isEqualTo(Money.of(2700, Currency.USD));
        assertThat(store.orders().find(o.id()).orElseThrow().lines().get(0).modifiers()).hasSize(2);
    }

    @Test
    void a_dish_missing_a_required_choice_or_with_a_foreign_option_writes_nothing() {
        long before = count(store, "SELECT COUNT(*) FROM outbox");
        assertThatThrownBy(() -> store.orders().open(T4, 2, List.of(new NewLine(KAFTA, 1, null, List.of(GARLIC.id())))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Kafta Meshwiyeh needs a choice of Doneness");
        assertThatThrownBy(() -> store.orders().open(T4, 2, List.of(new NewLine(HUMMUS, 1, null,
                List.of(MEDIUM.id())))))
                .hasMessageContaining("Hummus does not offer modifier");
        assertThatThrownBy(() -> store.orders().open(T4, 2, List.of(new NewLine(KAFTA, 1, null, List.of(MEDIUM.id(),
                WELL_DONE.id()))))).hasMessage("Kafta Meshwiyeh: at most 1 of Doneness");
        assertThat(count(store, "SELECT COUNT(*) FROM outbox")).isEqualTo(before);
        assertThat(count(store, "SELECT COUNT(*) FROM customer_order")).isZero();
    }

    @Test
    void half_in_dollars_half_in_pounds_settles_and_stamps_the_rate() {
        MergedOrder o = store.orders().open(T4, 2, List.of(new NewLine(KAFTA, 1, null, List.of(MEDIUM.id())),
                new NewLine(HUMMUS, 3)), "Karim Nassar");
        Money due = VAT.due(o.total());
        assertThat(due).isEqualTo(Money.of(2950, Currency.USD));
        Payment p = Payment.of(due, List.of(cash(1500, Currency.USD), cash(1_297_750, Currency.LBP)), RATE, VAT,
                Currency.USD);
        MergedOrder paid = store.payments().settle(o.id(), p);
        assertThat(paid.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(paid.paidWith()).isEqualTo(p);
        OutboxEntry settle = store.syncLog().pendingAfter(0, 10).stream()
                .filter(e -> e.operation().equals(Operations.SETTLE)).findFirst().orElseThrow();
        assertThat(settle.payload().toString()).contains("\"lbpPerUsd\":89500").contains("\"minor\":1297750");
        assertThat(store.orders().find(o.id()).orElseThrow().paidWith()).isEqualTo(p);
    }

    @Test
    void a_payment_computed_for_an_older_check_is_refused_and_writes_nothing() throws Exception {
        MergedOrder o = store.orders().open(T4, 2, List.of(new NewLine(HUMMUS, 1)), "Karim Nassar");
        Payment stale = Payment.of(VAT.due(o.total()), List.of(cash(550, Currency.USD)), RATE, VAT, Currency.USD);
        store.orders().addLines(o.id(), List.of(new NewLine(HUMMUS, 1)));
        long before = count(store, "SELECT COUNT(*) FROM outbox");
        assertThatThrownBy(() -> store.payments().settle(o.id(), stale)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("now comes to $11.00");
        assertThat(count(store, "SELECT COUNT(*) FROM outbox")).isEqualTo(before);
        assertThat(store.orders().find(o.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(OrderStateJson.encode(store.orders().findState(o.id()).orElseThrow(), Currency.USD).toString())
                .doesNotContain("settlement");
    }
}
