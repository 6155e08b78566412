package cedarpos.terminal.store;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.LEMONADE;
import static cedarpos.terminal.testing.LebaneseCatalog.RATE;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static cedarpos.terminal.testing.LebaneseCatalog.T2;
import static cedarpos.terminal.testing.LebaneseCatalog.T4;
import static cedarpos.terminal.testing.LebaneseCatalog.VAT;
import static cedarpos.terminal.testing.LebaneseCatalog.WELL_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.Money;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.pay.CheckSplit;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.protocol.v1.Operations;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining T2's check to T1's: one transaction, entries the server accepts, nothing printed twice. */
class CheckJoinTest {
    @TempDir
    Path dir;
    TerminalStore store;
    MergedOrder t1;
    MergedOrder t2;

    @BeforeEach
    void setUp() {
        store = TerminalStore.open(dir);
        StoreFixture.enroll(store);
        store.syncLog().applyCatalog(LebaneseCatalog.cashier(2).withPrinting(LebaneseCatalog.KITCHEN));
        t1 = store.orders().open(T1, 2, List.of(new NewLine(HUMMUS, 1)), "Karim Nassar");
        store.orders().sendToKitchen(t1.id());
        t2 = store.orders().open(T2, 2, List.of(new NewLine(KAFTA, 1, null, List.of(WELL_DONE.id()), 1, 1),
                new NewLine(KNEFEH, 1, "warm", List.of(), 2, 2)), "Karim Nassar");
        store.orders().sendToKitchen(t2.id());
        store.orders().fireCourse(t2.id(), 2);
        store.orders().addLines(t2.id(), List.of(new NewLine(LEMONADE, 2)));
        t2 = store.orders().find(t2.id()).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void the_lines_move_over_as_they_were_and_the_kitchen_prints_nothing_again() {
        long jobs = store.printJobs().recent().size();
        long seqBefore = store.syncLog().pendingAfter(0, 1000).size();
        MergedOrder joined = store.orders().join(t2.id(), t1.id());

        assertThat(store.orders().find(t2.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(joined.id()).isEqualTo(t1.id());
        assertThat(joined.total()).isEqualTo(t1.total().plus(t2.total()));
        MergedLine kafta = line(joined, "Kafta Meshwiyeh");
        assertThat(kafta.modifiers()).extracting(m -> m.nameEn()).containsExactly("Well done");
        assertThat(kafta.seat()).isEqualTo(1);
        assertThat(kafta.sent()).isTrue();
        MergedLine knefeh = line(joined, "Knefeh");
        assertThat(knefeh.note()).isEqualTo("warm");
        assertThat(knefeh.course()).isEqualTo(2);
        assertThat(knefeh.fired()).as("fired at T2, not held again").isTrue();
        assertThat(line(joined, "Lemonade with Mint").sent()).as("not sent at T2, not sent here").isFalse();
        assertThat(store.printJobs().recent()).as("no ticket prints again").hasSize((int) jobs);
        assertThat(store.floor().plan()).filteredOn(t -> t.table().id().equals(T2)).singleElement()
                .satisfies(t -> assertThat(t.openCheck()).isNull());

        // the entries: cancel first (the server releases T2's stock before T1 claims it), then add, send, fire;
        // each is what its operation may carry, stamped with its own seq, as the server checks it
        List<OutboxEntry> entries = store.syncLog().pendingAfter(0, 1000);
        List<OutboxEntry> mine = entries.subList((int) seqBefore, entries.size());
        assertThat(mine).extracting(OutboxEntry::operation).containsExactly(Operations.CANCEL, Operations.ADD_LINES,
                Operations.SEND_LINES, Operations.FIRE_COURSE);
        Map<String, OrderState> replica = new HashMap<>();
        for (OutboxEntry e : entries) {
            OrderState d = decode(e);
            Operations.checkOrder(e.operation(), d, Operations.stampOf(e, store.terminalId()));
            replica.merge(e.recordId(), d, OrderState::join);
        }
        assertThat(replica.get(t1.id().toString()).merge().total()).isEqualTo(joined.total());
        assertThat(replica.get(t2.id().toString()).merge().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void checks_that_cannot_join_are_refused_and_nothing_is_written() {
        long before = store.pendingCount();
        assertThatThrownBy(() -> store.orders().join(t1.id(), t1.id())).hasMessageContaining("cannot join itself");
        store.orders().setDiscount(t2.id(), new Discount(Discount.Kind.PERCENT, 1000, "regulars"));
        long withDiscount = store.pendingCount();
        assertThatThrownBy(() -> store.orders().join(t2.id(), t1.id())).hasMessageContaining("has a discount");
        MergedOrder other = store.orders().open(T4, 2, List.of(new NewLine(HUMMUS, 2)), "Karim Nassar");
        store.orders().sendToKitchen(other.id());
        CheckSplit.Share half = CheckSplit.evenly(store.orders().find(other.id()).orElseThrow(), 2).get(0);
        Money due = VAT.due(half.amount());
        store.payments().payShare(other.id(), "Share 1 of 2", half.lines(), half.amount(), Payment.of(due,
                List.of(new Tender(Tender.Method.CASH, due)), RATE, VAT, Currency.USD));
        long withShare = store.pendingCount();
        assertThatThrownBy(() -> store.orders().join(other.id(), t1.id())).hasMessageContaining("share");
        assertThatThrownBy(() -> store.orders().join(new cedarpos.domain.OrderId(UUID.randomUUID()), t1.id()))
                .hasMessageContaining("unknown order");
        assertThat(store.pendingCount()).isEqualTo(withShare);
        assertThat(withDiscount).isEqualTo(before + 1);
        assertThat(store.orders().find(t2.id()).orElseThrow().status()).isNotEqualTo(OrderStatus.CANCELLED);
    }

    static MergedLine line(MergedOrder o, String name) {
        return o.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow();
    }

    static OrderState decode(OutboxEntry e) {
        try {
            return OrderStateJson.decode(e.payload());
        } catch (cedarpos.protocol.v1.ProtocolException ex) {
            throw new AssertionError(ex);
        }
    }
}
