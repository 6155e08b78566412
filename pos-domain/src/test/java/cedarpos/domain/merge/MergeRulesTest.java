package cedarpos.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLine;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TableStatus;
import cedarpos.domain.TerminalId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The merge table of docs/protocol.md, rule by rule, on hand-written histories. */
class MergeRulesTest {
    static final long NOON = 1_764_072_000_000L;
    static final long MINUTE = 60_000L;
    static final TerminalId T1 = TerminalId.parse("00000000-0000-4000-8000-000000000001");
    static final TerminalId T2 = TerminalId.parse("00000000-0000-4000-8000-000000000002");
    static final TerminalId T4 = TerminalId.parse("00000000-0000-4000-8000-000000000004");
    static final UUID SERVER = new UUID(0, 0);

    final OrderId orderId = OrderId.random();
    final OrderLineId hummus = OrderLineId.random();
    final OrderLineId kafta = OrderLineId.random();
    final Stamp opened = new Stamp(NOON, T2.value(), 1);
    final OrderState order = OrderState.open(orderId, new OrderBirth(BranchId.random(), T2, Currency.USD, NOON),
            TableId.random(), 4, List.of(add(hummus, "Hummus", 2, 450), add(kafta, "Kafta", 1, 1100)), opened);

    LineAdd add(OrderLineId id, String name, int qty, long price) {
        return new LineAdd(new OrderLine(id, MenuItemId.random(), name, qty, Money.of(price, Currency.USD)), null,
                opened);
    }

    static Stamp at(long ms, TerminalId t, long seq) {
        return new Stamp(ms, t.value(), seq);
    }

    static MergedLine line(MergedOrder o, OrderLineId id) {
        return o.lines().stream().filter(l -> l.line().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void staleOfflineTableChangeLosesToANewerOnlineOneEvenFromAFastClock() {
        TableId table5 = TableId.random();
        long sevenMinutesFast = 7 * MINUTE;
        long offsetMeasuredBeforeGoingOffline = -sevenMinutesFast;
        // A's clock reads 12:07 at 12:00; its stamp is corrected by the offset it measured
        TableState a = TableState.of(table5, TableStatus.AVAILABLE,
                at(NOON + sevenMinutesFast + offsetMeasuredBeforeGoingOffline, T1, 7));
        TableState b = TableState.of(table5, TableStatus.OCCUPIED, at(NOON + 5 * MINUTE, T2, 3));
        assertThat(b.join(a).value()).isEqualTo(TableStatus.OCCUPIED);
        assertThat(a.join(b).value()).isEqualTo(TableStatus.OCCUPIED);
        // uncorrected, A's 12:07 would have won: the correction is what decides
        TableState uncorrected = TableState.of(table5, TableStatus.AVAILABLE, at(NOON + sevenMinutesFast, T1, 7));
        assertThat(b.join(uncorrected).value()).isEqualTo(TableStatus.AVAILABLE);
    }

    @Test
    void equalTimesFallToTheTerminalId() {
        TableId t = TableId.random();
        TableState one = TableState.of(t, TableStatus.RESERVED, at(NOON, T1, 9));
        TableState two = TableState.of(t, TableStatus.CLEANING, at(NOON, T2, 1));
        assertThat(one.join(two).value()).isEqualTo(TableStatus.CLEANING).isEqualTo(two.join(one).value());
    }

    @Test
    void headerFieldsAreIndependentRegisters() {
        OrderState discount = OrderState.withDiscount(orderId, new Discount(Discount.Kind.PERCENT, 1000, "regular"),
                at(NOON + MINUTE, T4, 1));
        OrderState guests = OrderState.withGuests(orderId, 6, at(NOON + 2 * MINUTE, T2, 2));
        MergedOrder m = order.join(guests).join(discount).merge();
        assertThat(m.discount().value()).isEqualTo(1000);
        assertThat(m.guests()).isEqualTo(6);
        assertThat(m.conflicts()).isEmpty();
        // (2 x 4.50 + 11.00) - 10%
        assertThat(m.total()).isEqualTo(Money.of(1800, Currency.USD));
    }

    @Test
    void addsFromEveryTerminalAreKeptAndAVoidIsATombstone() {
        OrderLineId fattoush = OrderLineId.random();
        OrderState added = OrderState.withLines(orderId, List.of(new LineAdd(new OrderLine(fattoush,
                MenuItemId.random(), "Fattoush", 1, Money.of(600, Currency.USD)), null, at(NOON + MINUTE, T2, 2))));
        OrderState voided = OrderState.withEdit(orderId, kafta, LineEdit.voided(at(NOON + MINUTE, T1, 1),
                Set.of(opened), new VoidMark("customer changed mind", "Rana")));
        MergedOrder m = order.join(voided).join(added).merge();
        assertThat(m.lines()).hasSize(3);
        assertThat(line(m, kafta).voided().by()).isEqualTo("Rana");
        assertThat(line(m, kafta).voidedAt().origin()).isEqualTo(T1.value());
        assertThat(m.total()).isEqualTo(Money.of(900 + 600, Currency.USD));
        assertThat(m.conflicts()).isEmpty();
        assertThat(order.join(added).join(voided)).isEqualTo(order.join(voided).join(added));
    }

    @Test
    void concurrentLineDiscountsAreFlaggedAndKeepingOneAppliesIt() {
        cedarpos.domain.Discount tenPercent = new cedarpos.domain.Discount(cedarpos.domain.Discount.Kind.PERCENT,
                1000, "regular");
        cedarpos.domain.Discount oneDollar = new cedarpos.domain.Discount(cedarpos.domain.Discount.Kind.AMOUNT, 100,
                "cold");
        OrderState onT1 = OrderState.withEdit(orderId, hummus, LineEdit.discounted(at(NOON + MINUTE, T1, 1),
                Set.of(opened), tenPercent));
        OrderState onT4 = OrderState.withEdit(orderId, hummus, LineEdit.discounted(at(NOON + 2 * MINUTE, T4, 1),
                Set.of(opened), oneDollar));
        OrderState both = order.join(onT1).join(onT4);
        MergedOrder m = both.merge();
        assertThat(line(m, hummus).flags()).containsExactly(Conflict.Kind.CONCURRENT_EDIT);
        Conflict c = m.conflicts().get(0);
        assertThat(c.field()).isEqualTo("discount");
        OrderState keepTen = Resolver.resolve(both, c.key(), Resolution.keep(c.versions().get(0).stamp()),
                new Stamp(NOON + 3 * MINUTE, SERVER, 1), "manager");
        MergedOrder resolved = both.join(keepTen).merge();
        assertThat(resolved.conflicts()).isEmpty();
        assertThat(line(resolved, hummus).discount()).isEqualTo(tenPercent);
        // one line's discount leaves the other lines as they were
        assertThat(resolved.lines()).filteredOn(l -> !l.line().id().equals(hummus))
                .allMatch(l -> l.discount() == null);
    }

    @Test
    void concurrentQuantityEditsAreFlaggedAndAManagerResolvesThem() {
        OrderState onT1 = OrderState.withEdit(orderId, hummus, LineEdit.quantity(at(NOON + MINUTE, T1, 1),
                Set.of(opened), 3));
        OrderState onT4 = OrderState.withEdit(orderId, hummus, LineEdit.quantity(at(NOON + 2 * MINUTE, T4, 1),
                Set.of(opened), 5));
        OrderState both = order.join(onT1).join(onT4);
        MergedOrder m = both.merge();
        assertThat(line(m, hummus).line().quantity()).as("the newer stamp shows until a manager decides")
                .isEqualTo(5);
        assertThat(line(m, hummus).flags()).containsExactly(Conflict.Kind.CONCURRENT_EDIT);
        Conflict c = m.conflicts().get(0);
        assertThat(c.field()).isEqualTo("quantity");
        assertThat(c.versions()).extracting(Conflict.Version::value).containsExactly("quantity 3", "quantity 5");

        OrderState keep3 = Resolver.resolve(both, c.key(), Resolution.keep(c.versions().get(0).stamp()),
                new Stamp(NOON + 3 * MINUTE, SERVER, 1), "manager");
        MergedOrder resolved = both.join(keep3).merge();
        assertThat(resolved.conflicts()).isEmpty();
        assertThat(line(resolved, hummus).line().quantity()).isEqualTo(3);

        OrderState keepBoth = Resolver.resolve(both, c.key(), Resolution.keepBoth(),
                new Stamp(NOON + 3 * MINUTE, SERVER, 2), "manager");
        MergedOrder twoLines = both.join(keepBoth).merge();
        assertThat(twoLines.conflicts()).isEmpty();
        assertThat(twoLines.lines()).filteredOn(l -> l.line().name().equals("Hummus"))
                .extracting(l -> l.line().quantity()).containsExactlyInAnyOrder(3, 5);

        assertThatThrownBy(() -> Resolver.resolve(both.join(keep3), c.key(), Resolution.keepBoth(),
                new Stamp(NOON + 4 * MINUTE, SERVER, 3), "manager")).hasMessageContaining("is not open");
        assertThatThrownBy(() -> Resolver.resolve(both, c.key(), Resolution.keep(opened),
                new Stamp(NOON + 4 * MINUTE, SERVER, 3), "manager")).hasMessageContaining("is not one of");
    }

    @Test
    void anEditThatSawTheOtherIsACorrectionNotAConflictWhateverTheClocks() {
        Stamp first = at(NOON + 5 * MINUTE, T1, 1);
        OrderState onT1 = OrderState.withEdit(orderId, hummus, LineEdit.quantity(first, Set.of(opened), 3));
        // T4's clock is behind, but T4 had seen T1's edit: its later change wins and nothing is flagged
        OrderState onT4 = OrderState.withEdit(orderId, hummus, LineEdit.quantity(at(NOON + 4 * MINUTE, T4, 1),
                Set.of(first), 4));
        MergedOrder m = order.join(onT4).join(onT1).merge();
        assertThat(line(m, hummus).line().quantity()).isEqualTo(4);
        assertThat(m.conflicts()).isEmpty();
    }

    @Test
    void editsOfDifferentFieldsOfOneLineDoNotClash() {
        OrderState qty = OrderState.withEdit(orderId, hummus, LineEdit.quantity(at(NOON + MINUTE, T1, 1),
                Set.of(opened), 3));
        OrderState note = OrderState.withEdit(orderId, hummus, LineEdit.note(at(NOON + MINUTE, T4, 1),
                Set.of(opened), "extra lemon"));
        MergedOrder m = order.join(qty).join(note).merge();
        assertThat(line(m, hummus).line().quantity()).isEqualTo(3);
        assertThat(line(m, hummus).note()).isEqualTo("extra lemon");
        assertThat(m.conflicts()).isEmpty();
    }

    @Test
    void aVoidAgainstAnUnseenEditIsFlagged() {
        OrderState edit = OrderState.withEdit(orderId, kafta, LineEdit.quantity(at(NOON + MINUTE, T2, 2),
                Set.of(opened), 2));
        OrderState voided = OrderState.withEdit(orderId, kafta, LineEdit.voided(at(NOON + 2 * MINUTE, T1, 1),
                Set.of(opened), new VoidMark("out of kafta", "Karim")));
        OrderState both = order.join(voided).join(edit);
        MergedOrder m = both.merge();
        assertThat(line(m, kafta).isVoided()).isTrue();
        assertThat(m.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.VOID_VS_EDIT);
        // keeping the edit restores the line with its quantity
        Conflict c = m.conflicts().get(0);
        Stamp editStamp = c.versions().stream().filter(v -> v.value().startsWith("quantity")).findFirst()
                .orElseThrow().stamp();
        MergedOrder kept = both.join(Resolver.resolve(both, c.key(), Resolution.keep(editStamp),
                new Stamp(NOON + 3 * MINUTE, SERVER, 1), "manager")).merge();
        assertThat(line(kept, kafta).isVoided()).isFalse();
        assertThat(line(kept, kafta).line().quantity()).isEqualTo(2);
        assertThat(kept.conflicts()).isEmpty();
    }

    @Test
    void anEditOnALineThatStoodRestoredInTheWritersViewIsNotAgainstTheVoid() {
        Stamp v0 = at(NOON + MINUTE, T2, 2);
        Stamp restored = new Stamp(NOON + 3 * MINUTE, SERVER, 1);
        Stamp v = at(NOON + 2 * MINUTE, T1, 1); // T1 voids too, before hearing of the restore
        OrderState s = order
                .join(OrderState.withEdit(orderId, kafta, LineEdit.voided(v0, Set.of(opened), new VoidMark("a", "b"))))
                .join(OrderState.withEdit(orderId, kafta, new LineEdit(restored, Set.of(v0), null, null, null, true,
                        false, true)))
                .join(OrderState.withEdit(orderId, kafta, LineEdit.voided(v, Set.of(opened), new VoidMark("c", "d"))));
        assertThat(line(s.merge(), kafta).isVoided()).as("the later restore shows").isFalse();
        // T1 then sees the line standing and changes it: an edit of a standing line, not one against a void
        MergedOrder m = s.join(OrderState.withEdit(orderId, kafta, LineEdit.quantity(at(NOON + 4 * MINUTE, T1, 2),
                s.line(kafta).heads(), 3))).merge();
        assertThat(m.conflicts()).extracting(Conflict::kind).doesNotContain(Conflict.Kind.VOID_VS_EDIT);
        assertThat(line(m, kafta).line().quantity()).isEqualTo(3);
    }

    @Test
    void voidingALineTheKitchenHasIsAllowedButReviewed() {
        Stamp sent = at(NOON + MINUTE, T2, 2);
        OrderState send = OrderState.withEdit(orderId, kafta, LineEdit.sentToKitchen(sent, Set.of(opened)));
        OrderState voided = OrderState.withEdit(orderId, kafta, LineEdit.voided(at(NOON + 2 * MINUTE, T1, 1),
                Set.of(sent), new VoidMark("dropped on the floor", "Karim")));
        OrderState s = order.join(send).join(voided);
        MergedOrder m = s.merge();
        assertThat(m.status()).isEqualTo(OrderStatus.SENT);
        assertThat(line(m, kafta).isVoided()).isTrue();
        assertThat(line(m, kafta).flags()).containsExactly(Conflict.Kind.VOID_AFTER_SEND);
        Conflict c = m.conflicts().get(0);
        Stamp theVoid = c.versions().get(1).stamp();
        MergedOrder reviewed = s.join(Resolver.resolve(s, c.key(), Resolution.keep(theVoid),
                new Stamp(NOON + 3 * MINUTE, SERVER, 1), "manager")).merge();
        assertThat(reviewed.conflicts()).isEmpty();
        assertThat(line(reviewed, kafta).isVoided()).isTrue();
    }

    @Test
    void aPaidOrderDoesNotChangeSilently() {
        Stamp paid = at(NOON + 10 * MINUTE, T1, 5);
        OrderState settled = order.join(order.settle(order.merge().total().minor(), paid));
        // T2 was offline and added a dessert at 12:05: the settlement never saw it
        OrderLineId knafeh = OrderLineId.random();
        OrderState late = OrderState.withLines(orderId, List.of(new LineAdd(new OrderLine(knafeh,
                MenuItemId.random(), "Knafeh", 1, Money.of(500, Currency.USD)), null, at(NOON + 5 * MINUTE, T2, 2))));
        OrderState lateDiscount = OrderState.withDiscount(orderId, new Discount(Discount.Kind.AMOUNT, 200, "vip"),
                at(NOON + 6 * MINUTE, T4, 1));
        OrderState s = settled.join(late).join(lateDiscount);
        MergedOrder m = s.merge();
        assertThat(m.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(m.conflicts()).extracting(Conflict::kind, Conflict::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Conflict.Kind.LATE_FOR_SETTLED, "line"),
                org.assertj.core.groups.Tuple.tuple(Conflict.Kind.LATE_FOR_SETTLED, "discount"));
        assertThat(line(m, knafeh).flags()).contains(Conflict.Kind.LATE_FOR_SETTLED);

        Conflict lateLine = m.conflicts().stream().filter(c -> c.lineId() != null).findFirst().orElseThrow();
        OrderState rejected = s.join(Resolver.resolve(s, lateLine.key(), Resolution.reject(),
                new Stamp(NOON + 11 * MINUTE, SERVER, 1), "manager"));
        MergedOrder afterReject = rejected.merge();
        assertThat(line(afterReject, knafeh).isVoided()).isTrue();
        assertThat(afterReject.conflicts()).extracting(Conflict::field).containsExactly("discount");
        Conflict discount = afterReject.conflicts().get(0);
        MergedOrder noDiscount = rejected.join(Resolver.resolve(rejected, discount.key(), Resolution.reject(),
                new Stamp(NOON + 12 * MINUTE, SERVER, 2), "manager")).merge();
        assertThat(noDiscount.discount()).isNull();
        assertThat(noDiscount.conflicts()).isEmpty();
        assertThat(noDiscount.total().minor()).isEqualTo(order.merge().total().minor());

        // accepting a late change reopens the check so the difference is charged
        MergedOrder accepted = s.join(Resolver.resolve(s, lateLine.key(), Resolution.keep(
                lateLine.versions().get(0).stamp()), new Stamp(NOON + 11 * MINUTE, SERVER, 3), "manager")).merge();
        assertThat(accepted.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(accepted.conflicts()).isEmpty();
    }

    @Test
    void stockLevelsAreSumsAndAnAdjustmentCountsOnce() {
        StockItemId kofta = StockItemId.random();
        StockAdjustment delivery = new StockAdjustment(UUID.randomUUID(), kofta, StockAdjustment.Reason.DELIVERY, 40,
                "Monday delivery", at(NOON, T1, 1));
        StockAdjustment waste = new StockAdjustment(UUID.randomUUID(), kofta, StockAdjustment.Reason.WASTE, -3, null,
                at(NOON + MINUTE, T2, 1));
        StockLedger a = StockLedger.empty().with(delivery).with(waste).with(delivery);
        StockLedger b = StockLedger.empty().with(waste).join(StockLedger.of(List.of(delivery, delivery)));
        assertThat(a).isEqualTo(b);
        assertThat(a.level(kofta)).isEqualTo(37);
        assertThatThrownBy(() -> new StockAdjustment(UUID.randomUUID(), kofta, StockAdjustment.Reason.WASTE, 3, null,
                at(NOON, T1, 2))).hasMessageContaining("waste removes stock");
    }

    @Test
    void badRecordsAreRefusedWithAReason() {
        assertThatThrownBy(() -> LineEdit.quantity(opened, Set.of(), 2)).hasMessageContaining("at least one base");
        assertThatThrownBy(() -> LineEdit.quantity(opened, Set.of(opened), 2)).hasMessageContaining("own base");
        assertThatThrownBy(() -> LineEdit.quantity(at(NOON, T1, 2), Set.of(opened), 0))
                .hasMessageContaining("quantity must be between 1 and 999");
        assertThatThrownBy(() -> new LineEdit(at(NOON, T1, 2), Set.of(opened), null, null, null, true, false, false))
                .hasMessageContaining("only a manager's resolution restores");
        assertThatThrownBy(() -> new VoidMark(" ", "Rana")).hasMessageContaining("void reason is required");
        assertThatThrownBy(() -> new Discount(Discount.Kind.PERCENT, 20_000, "x")).hasMessageContaining("basis points");
        assertThatThrownBy(() -> Stamp.parse("soon")).hasMessageContaining("<atMs>:<origin uuid>:<seq>");
        assertThatThrownBy(() -> order.join(OrderState.empty(OrderId.random())))
                .hasMessageContaining("cannot merge order");
    }
}
