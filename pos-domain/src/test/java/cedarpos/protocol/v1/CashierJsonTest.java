package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.LineAdd;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderBirth;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.domain.staff.Pin;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import jakarta.json.Json;
import java.io.StringReader;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Modifiers on lines, payments on settlements, rate, VAT and staff in the catalog: round trips and refusals. */
class CashierJsonTest {
    static final TerminalId TERMINAL = TerminalId.random();
    static final Stamp OPENED = new Stamp(1_700_000_000_000L, TERMINAL.value(), 1);
    static final Stamp PAID = new Stamp(1_700_000_060_000L, TERMINAL.value(), 2);
    static final MenuItemId KAFTA = MenuItemId.random();
    static final ModifierOption WELL_DONE = new ModifierOption(UUID.randomUUID(), "Well done", "مستوي جيداً",
            Money.zero(Currency.USD));
    static final ModifierOption GARLIC = new ModifierOption(UUID.randomUUID(), "Extra garlic sauce", "ثوم إضافي",
            Money.of(50, Currency.USD));

    static OrderState paidOrder() {
        OrderState open = OrderState.open(OrderId.random(), new OrderBirth(BranchId.random(), TERMINAL, Currency.USD,
                OPENED.atMs()), TableId.random(), 2, List.of(new LineAdd(new OrderLine(OrderLineId.random(), KAFTA,
                "Kafta", 2, Money.of(1350, Currency.USD)), List.of(LineModifier.of(WELL_DONE),
                LineModifier.of(GARLIC)), "no onions", OPENED)), OPENED);
        Payment payment = Payment.of(Money.of(2700, Currency.USD), List.of(
                new Tender(Tender.Method.CASH, Money.of(1500, Currency.USD)),
                new Tender(Tender.Method.CASH, Money.of(1_100_000, Currency.LBP))), new ExchangeRate(89_500),
                new Vat(1100, true), Currency.LBP);
        return open.join(open.settle(payment, PAID));
    }

    @Test
    void modifiers_and_the_payment_survive_a_round_trip() throws ProtocolException {
        OrderState order = paidOrder();
        OrderState back = OrderStateJson.decode(OrderStateJson.encode(order, Currency.USD));
        assertThat(back).isEqualTo(order);
        MergedOrder merged = back.merge();
        assertThat(merged.lines().get(0).modifiers()).extracting(LineModifier::nameEn)
                .containsExactly("Well done", "Extra garlic sauce");
        Payment p = back.settlement().value().payment();
        assertThat(p.rate().lbpPerUsd()).isEqualTo(89_500);
        // 1,100,000 LBP for the 12.00 left = 1,074,000: 26,000 LBP back
        assertThat(p.change()).isEqualTo(Money.of(26_000, Currency.LBP));
        assertThat(back.settlement().value().paidMinor()).isEqualTo(2700);
    }

    @Test
    void an_order_written_before_modifiers_and_payments_still_reads() throws ProtocolException {
        OrderState open = OrderState.open(OrderId.random(), new OrderBirth(BranchId.random(), TERMINAL, Currency.USD,
                OPENED.atMs()), TableId.random(), 2, List.of(new LineAdd(new OrderLine(OrderLineId.random(), KAFTA,
                "Kafta", 2, Money.of(1300, Currency.USD)), "no onions", OPENED)), OPENED);
        String old = OrderStateJson.encode(open.join(open.settle(2600, PAID)), Currency.USD).toString();
        assertThat(old).doesNotContain("modifiers").doesNotContain("tenders").contains("\"paidMinor\":2600");
        OrderState back = OrderStateJson.decode(Json.createReader(new StringReader(old)).readObject());
        assertThat(back.merge().lines().get(0).modifiers()).isEmpty();
        assertThat(back.settlement().value().payment()).isNull();
    }

    @Test
    void a_payment_that_does_not_add_up_is_refused_as_invalid_payload() {
        String valid = OrderStateJson.encode(paidOrder(), Currency.USD).toString();
        for (String bad : List.of(valid.replace("\"minor\":1100000", "\"minor\":100"),
                valid.replace("\"method\":\"CASH\"", "\"method\":\"IOU\""),
                valid.replace("\"lbpPerUsd\":89500", "\"lbpPerUsd\":0"),
                valid.replace("\"minor\":26000", "\"minor\":26001"),
                valid.replace("\"priceMinor\":50", "\"priceMinor\":-50"))) {
            assertThat(bad).isNotEqualTo(valid);
            assertThatThrownBy(() -> OrderStateJson.decode(Json.createReader(new StringReader(bad)).readObject()))
                    .as(bad).isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD));
        }
    }

    @Test
    void the_catalog_carries_rate_vat_modifiers_and_staff() throws ProtocolException {
        ModifierGroup doneness = new ModifierGroup(UUID.randomUUID(), "Doneness", "درجة الاستواء", 1, 1,
                List.of(WELL_DONE, new ModifierOption(UUID.randomUUID(), "Medium", "وسط", Money.zero(Currency.USD))),
                List.of(KAFTA));
        StaffMember rana = new StaffMember(UUID.randomUUID(), "Rana", Role.MANAGER,
                Pin.hash("2580".toCharArray(), new SecureRandom()));
        Catalog c = new Catalog(4, "Hamra", Currency.USD, List.of(new DiningTable(TableId.random(), "T4", "Hall", 4)),
                List.of(new MenuItem(KAFTA, "Grills", "Kafta", "كفتة", Money.of(1300, Currency.USD), 1)))
                .withCashier(new BranchSettings(new ExchangeRate(89_500), 1_700_000_000_000L, new Vat(1100, true)),
                        List.of(doneness), List.of(rana));
        Catalog back = (Catalog) ProtocolCodec.decode(ProtocolCodec.encode(c));
        assertThat(back).isEqualTo(c);
        assertThat(Pin.matches("2580".toCharArray(), back.staff().get(0).pinHash())).isTrue();
        // a catalog from before: no rate, no VAT, no modifiers, no staff
        Catalog old = new Catalog(4, "Hamra", Currency.USD, List.of(), List.of());
        String oldJson = ProtocolCodec.encode(old).replaceAll(",\"settings\".*\\}$", "}");
        assertThat(oldJson).doesNotContain("settings");
        Catalog read = (Catalog) ProtocolCodec.decode(oldJson);
        assertThat(read.settings()).isEqualTo(BranchSettings.NONE);
        assertThat(read.staff()).isEmpty();
        String badGroup = ProtocolCodec.encode(c).replace("\"min\":1", "\"min\":3");
        assertThatThrownBy(() -> ProtocolCodec.decode(badGroup)).hasMessageContaining("impossible");
    }
}
