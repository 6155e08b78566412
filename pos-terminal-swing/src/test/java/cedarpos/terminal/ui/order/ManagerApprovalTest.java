package cedarpos.terminal.ui.order;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.LEMONADE;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.audit.AuditEvent;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.AuditEventJson;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.StoreFixture;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.ui.kit.Ui;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discounts and voids after a kitchen ticket: a manager approves on the cashier's session, and it is audited. */
class ManagerApprovalTest {
    @TempDir
    Path dir;
    TerminalStore store;
    FakeOrderView view = new FakeOrderView();
    OrderPresenter presenter;
    MergedOrder check;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2));
        presenter = new OrderPresenter(store.orders(), store.stock(), store.floor(), store.cashier(),
                view, Threads.direct(), Ui.messages(Locale.ENGLISH));
        presenter.reloadCatalog();
        presenter.setStaff(LebaneseCatalog.KARIM);
        check = store.orders().open(T4, 2, List.of(new NewLine(HUMMUS, 4), new NewLine(LEMONADE, 2)), "Karim Nassar");
        store.orders().sendToKitchen(check.id());
        presenter.openTable(T4);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    List<AuditEvent> audit() {
        return store.syncLog().pendingAfter(0, 100).stream().filter(e -> e.entity().equals(Operations.AUDIT))
                .map(ManagerApprovalTest::decode).toList();
    }

    static AuditEvent decode(OutboxEntry e) {
        try {
            return AuditEventJson.decode(e.payload());
        } catch (cedarpos.protocol.v1.ProtocolException ex) {
            throw new AssertionError(ex);
        }
    }

    long outbox() {
        return StoreFixture.count(store, "SELECT COUNT(*) FROM outbox");
    }

    @Test
    void a_cashiers_discount_is_approved_by_a_managers_pin_and_audited() {
        // 4 x 5.50 + 2 x 3.50 = 29.00
        view.discountAnswer = new DiscountRequest(Discount.Kind.PERCENT, new BigDecimal("10"), "regular guest");
        view.managerPin = LebaneseCatalog.MANAGER_PIN;
        presenter.discount();
        assertThat(view.askedDiscountOn).isEqualTo(Money.of(2900, Currency.USD));
        assertThat(view.askedApproval).isEqualTo("Discount of 10% on this check");
        MergedOrder now = store.orders().find(check.id()).orElseThrow();
        assertThat(now.total()).isEqualTo(Money.of(2610, Currency.USD));
        assertThat(view.notice).isEqualTo("Discount 10% applied: the check is now $26.10");
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.Action.DISCOUNT);
            assertThat(e.actor()).isEqualTo("Karim Nassar");
            assertThat(e.approvedBy()).isEqualTo("Rana Haddad");
            assertThat(e.subject()).isEqualTo(check.id().toString());
            assertThat(e.detail()).isEqualTo("10% off $29.00");
            assertThat(e.reason()).isEqualTo("regular guest");
            assertThat(e.terminalId()).isEqualTo(store.terminalId().value());
        });
        // the header change and its audit event are consecutive entries of one transaction
        List<OutboxEntry> all = store.syncLog().pendingAfter(0, 100);
        OutboxEntry header = all.get(all.size() - 2);
        assertThat(header.operation()).isEqualTo(Operations.HEADER);
        assertThat(all.get(all.size() - 1).seq()).isEqualTo(header.seq() + 1);
    }

    @Test
    void five_wrong_manager_pins_lock_approvals_even_for_the_right_one() {
        view.discountAnswer = new DiscountRequest(Discount.Kind.PERCENT, new BigDecimal("10"), "regular guest");
        long before = outbox();
        for (int i = 1; i <= 4; i++) {
            view.managerPin = "000" + i;
            presenter.discount();
            assertThat(view.notice).as("try " + i).contains("that PIN is not a manager's");
        }
        view.managerPin = "0005";
        presenter.discount();
        assertThat(view.notice).contains("too many wrong manager PINs: approvals wait 30 s");
        view.managerPin = LebaneseCatalog.MANAGER_PIN;
        view.askedApproval = null;
        presenter.discount();
        assertThat(view.askedApproval).as("locked: no PIN is asked").isNull();
        assertThat(view.notice).contains("too many wrong manager PINs");
        assertThat(outbox()).isEqualTo(before);
        assertThat(store.orders().find(check.id()).orElseThrow().discount()).isNull();
        // the lockout is the till's: another screen's gate (the history's, the printers') is locked too
        java.util.function.Supplier<cedarpos.terminal.store.Approval> elsewhere = new cedarpos.terminal.ui.kit.ManagerGate(
                store.cashier(), what -> LebaneseCatalog.MANAGER_PIN.toCharArray(), Ui.messages(Locale.ENGLISH))
                .ask(LebaneseCatalog.KARIM, "Reopen the paid check of T4");
        org.assertj.core.api.Assertions.assertThatThrownBy(elsewhere::get)
                .hasMessageContaining("too many wrong manager PINs");
    }

    @Test
    void a_discount_on_one_line_takes_off_that_line_only_and_is_audited() {
        MergedLine hummus = check.lines().stream().filter(l -> l.line().name().equals("Hummus")).findFirst()
                .orElseThrow();
        view.lineDiscountAnswer = new DiscountRequest(Discount.Kind.PERCENT, new BigDecimal("25"), "cold plate",
                hummus.line().id());
        view.managerPin = LebaneseCatalog.MANAGER_PIN;
        presenter.discount();
        assertThat(view.offeredLines).extracting(DiscountRequest.Target::label)
                .containsExactly("4 \u00d7 Hummus", "2 \u00d7 Lemonade with Mint");
        assertThat(view.askedApproval).isEqualTo("Discount of 25% on 4 \u00d7 Hummus");
        MergedOrder now = store.orders().find(check.id()).orElseThrow();
        // 25% of the hummus' $22.00 is $5.50; the lemonade stays $7.00
        assertThat(now.total()).isEqualTo(Money.of(2350, Currency.USD));
        assertThat(view.placed).extracting(PlacedLine::discountText)
                .containsExactly("Discount 25%: \u2212$5.50", null);
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.Action.DISCOUNT);
            assertThat(e.approvedBy()).isEqualTo("Rana Haddad");
            assertThat(e.detail()).isEqualTo("4 x Hummus: 25%");
            assertThat(e.reason()).isEqualTo("cold plate");
        });
        // more than the line comes to is refused before anyone is asked, and nothing is written
        long before = outbox();
        view.askedApproval = null;
        view.lineDiscountAnswer = new DiscountRequest(Discount.Kind.AMOUNT, new BigDecimal("8"), "too much",
                now.lines().get(1).line().id());
        presenter.discount();
        assertThat(view.askedApproval).isNull();
        assertThat(view.notice).isEqualTo("A discount cannot be more than the check ($7.00)");
        assertThat(outbox()).isEqualTo(before);
    }

    @Test
    void a_cashiers_own_pin_or_a_wrong_one_approves_nothing() {
        long before = outbox();
        view.discountAnswer = new DiscountRequest(Discount.Kind.AMOUNT, new BigDecimal("5"), "birthday");
        view.managerPin = LebaneseCatalog.CASHIER_PIN;
        presenter.discount();
        assertThat(view.notice).isEqualTo("Discount not applied: that PIN is not a manager's");
        assertThat(view.noticeIsError).isTrue();
        view.managerPin = "0000";
        presenter.discount();
        assertThat(view.notice).isEqualTo("Discount not applied: that PIN is not a manager's");
        view.managerPin = null;
        presenter.discount();
        assertThat(outbox()).isEqualTo(before);
        assertThat(store.orders().find(check.id()).orElseThrow().discount()).isNull();
    }

    @Test
    void bad_discounts_are_refused_before_anyone_is_asked() {
        long before = outbox();
        for (DiscountRequest bad : List.of(
                new DiscountRequest(Discount.Kind.PERCENT, new BigDecimal("0"), "x"),
                new DiscountRequest(Discount.Kind.PERCENT, new BigDecimal("101"), "x"),
                new DiscountRequest(Discount.Kind.PERCENT, new BigDecimal("10.555"), "x"),
                new DiscountRequest(Discount.Kind.AMOUNT, new BigDecimal("30"), "x"),
                new DiscountRequest(Discount.Kind.AMOUNT, new BigDecimal("1.005"), "x"),
                new DiscountRequest(Discount.Kind.AMOUNT, new BigDecimal("5"), "  "))) {
            view.askedApproval = null;
            view.discountAnswer = bad;
            presenter.discount();
            assertThat(view.noticeIsError).as(bad.toString()).isTrue();
            assertThat(view.askedApproval).as(bad.toString()).isNull();
        }
        assertThat(view.notice).isEqualTo("A discount needs a reason");
        assertThat(outbox()).isEqualTo(before);
    }

    @Test
    void voiding_a_sent_line_needs_a_manager_and_is_audited_an_unsent_one_does_not() {
        OrderLineId hummus = check.lines().get(0).line().id();
        view.voidReason = "guest changed mind";
        view.managerPin = null;
        presenter.voidLine(hummus);
        assertThat(view.askedApproval).isEqualTo("Void 4 \u00d7 Hummus (already sent to the kitchen)");
        assertThat(store.orders().find(check.id()).orElseThrow().lines().get(0).isVoided()).isFalse();
        view.managerPin = LebaneseCatalog.MANAGER_PIN;
        presenter.voidLine(hummus);
        assertThat(store.orders().find(check.id()).orElseThrow().lines().get(0).voided().by()).isEqualTo(
                "Karim Nassar");
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditEvent.Action.VOID_AFTER_SEND);
            assertThat(e.detail()).isEqualTo("4 x Hummus (sent)");
            assertThat(e.approvedBy()).isEqualTo("Rana Haddad");
        });

        // a line not sent yet is the cashier's own to void
        MergedOrder more = store.orders().addLines(check.id(), List.of(new NewLine(LEMONADE, 1)));
        presenter.refresh();
        view.askedApproval = null;
        presenter.voidLine(more.lines().get(more.lines().size() - 1).line().id());
        assertThat(view.askedApproval).isNull();
        assertThat(audit()).hasSize(1);
    }

    @Test
    void a_signed_in_manager_approves_their_own_discount() {
        presenter.setStaff(LebaneseCatalog.RANA);
        view.discountAnswer = new DiscountRequest(Discount.Kind.AMOUNT, new BigDecimal("4"), "complaint");
        presenter.discount();
        assertThat(view.askedApproval).as("no PIN asked").isNull();
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("Rana Haddad");
            assertThat(e.approvedBy()).isEqualTo("Rana Haddad");
            assertThat(e.detail()).isEqualTo("$4.00 off $29.00");
        });
    }
}
