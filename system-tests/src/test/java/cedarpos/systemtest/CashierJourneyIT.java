package cedarpos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableStatus;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.shift.ZReport;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import cedarpos.server.testing.DemoBranch;
import cedarpos.terminal.store.Approval;
import cedarpos.terminal.store.FloorTable;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cashier's service with the internet down, on the demo branch: sign in with a PIN the till learned from the
 * server, order Lahm Meshwi well done, a manager approves a discount and a void after the kitchen ticket, the check
 * is paid half in dollars and half in pounds. Back online, the server has the order with its payment and rate, and
 * both approvals in the branch's audit trail; the other till sees the table free again.
 */
class CashierJourneyIT extends DemoServerPerClass {
    @Test
    void anOfflineServiceWithApprovalsAndAMixedCurrencyPaymentReachesTheServerAndTheOtherTill() {
        Linked counter = fleet.startLinked("Counter");
        Linked bar = fleet.startLinked("Bar");
        TerminalStore store = counter.terminal().store();
        BranchSettings settings = store.cashier().settings();
        assertThat(settings.rate().lbpPerUsd()).isEqualTo(DemoBranch.LBP_PER_USD);

        counter.offline();
        store.shifts().open("Karim Nassar", Money.of(10_000, Currency.USD), Money.of(1_000_000, Currency.LBP));
        StaffMember karim = store.cashier().signIn(DemoBranch.KARIM_PIN.toCharArray()).orElseThrow();
        StaffMember rana = store.cashier().signIn(DemoBranch.RANA_PIN.toCharArray()).orElseThrow();
        assertThat(karim.role()).isEqualTo(Role.CASHIER);
        assertThat(rana.role()).isEqualTo(Role.MANAGER);

        MenuItemId lahm = counter.item("Lahm Meshwi");
        MergedOrder o = store.orders().open(DemoBranch.TABLE_2, 2, List.of(
                new NewLine(lahm, 1, "no onions", List.of(DemoBranch.WELL_DONE, DemoBranch.TOUM)),
                new NewLine(counter.item("Hummus"), 2), new NewLine(counter.item("Jallab"), 2)), karim.name());
        store.orders().sendToKitchen(o.id());
        Approval approval = new Approval(karim.name(), rana.name());
        MergedOrder voided = store.orders().voidLine(o.id(), o.lines().get(2).line().id(), "spilled", karim.name(),
                approval);
        MergedOrder discounted = store.orders().setDiscount(o.id(), new Discount(Discount.Kind.PERCENT, 1000,
                "regular guest"),
                approval);
        Money due = settings.vat().due(discounted.total());
        Money half = Money.of(due.minor() / 2, Currency.USD);
        Money rest = settings.rate().owed(settings.rate().exact(due) - settings.rate().exact(half), Currency.LBP);
        Payment payment = Payment.of(due, List.of(new Tender(Tender.Method.CASH, half),
                new Tender(Tender.Method.CASH, rest)), settings.rate(), settings.vat(), Currency.LBP);
        MergedOrder paid = store.payments().settle(o.id(), payment);
        assertThat(paid.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(voided.lines().get(2).isVoided()).isTrue();
        store.shifts().payOut(Money.of(2_000, Currency.USD), "ice delivery", karim.name(), rana.name());
        ZReport z = store.shifts().close("Karim Nassar", Money.of(10_000 + half.minor() - 2_000, Currency.USD),
                Money.of(1_000_000 + rest.minor() - payment.change().minor(), Currency.LBP));
        assertThat(z.checks()).isEqualTo(1);

        counter.online();
        Await.until(Duration.ofSeconds(30), "the settled order on the server", () -> {
            JsonObject v = fleet.api().order(BRANCH, o.id().toString());
            return v != null && "SETTLED".equals(v.getString("status"));
        });
        JsonObject onServer = fleet.api().order(BRANCH, o.id().toString());
        JsonObject paidWith = onServer.getJsonObject("paidWith");
        assertThat(paidWith.getJsonNumber("lbpPerUsd").longValue()).isEqualTo(DemoBranch.LBP_PER_USD);
        assertThat(paidWith.getJsonNumber("dueMinor").longValue()).isEqualTo(due.minor());
        assertThat(onServer.getJsonArray("lines").getJsonObject(0).getJsonArray("modifiers")).hasSize(2);

        List<JsonObject> trail = fleet.api().audit(BRANCH, 100).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("action").startsWith("TILL_") && o.id().toString().equals(
                        a.getString("subject"))).toList();
        assertThat(trail).extracting(a -> a.getString("action"))
                .containsExactlyInAnyOrder("TILL_DISCOUNT", "TILL_VOID_AFTER_SEND");
        assertThat(trail).allSatisfy(a -> assertThat(a.getString("actor"))
                .isEqualTo("Karim Nassar (approved by Rana Haddad)"));

        List<JsonObject> shiftRecords = fleet.api().shifts(BRANCH, 100).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("terminalId").equals(counter.terminal().store().terminalId().toString()))
                .toList();
        assertThat(shiftRecords).extracting(r -> r.getString("operation"))
                .containsExactly("close", "movement", "open");
        assertThat(shiftRecords.get(0).getJsonObject("payload").getJsonObject("report").getInt("checks"))
                .isEqualTo(1);
        assertThat(fleet.api().audit(BRANCH, 100).getValuesAs(JsonObject.class)).anySatisfy(a -> {
            assertThat(a.getString("action")).isEqualTo("TILL_PAY_OUT");
            assertThat(a.getString("actor")).isEqualTo("Karim Nassar (approved by Rana Haddad)");
            assertThat(a.getString("detail")).contains("ice delivery");
        });

        Await.until(Duration.ofSeconds(30), "the bar till sees the check paid and T2 free",
                () -> bar.terminal().store().orders().find(o.id()).map(m -> m.status() == OrderStatus.SETTLED).orElse(
                        false)
                        && bar.terminal().store().floor().plan().stream().filter(t -> t.table().id()
                        .equals(DemoBranch.TABLE_2)).map(FloorTable::status).findFirst()
                        .orElse(null) == TableStatus.AVAILABLE);
        assertThat(bar.order(o.id()).paidWith()).isEqualTo(payment);
        assertThat(bar.order(o.id()).staffName()).isEqualTo("Karim Nassar");
    }
}
