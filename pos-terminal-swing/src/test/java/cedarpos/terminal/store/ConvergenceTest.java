package cedarpos.terminal.store;

import cedarpos.terminal.printing.Ticket;
import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KAFTA;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.T1;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Discount;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.merge.Conflict;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.OutboxEntry;
import cedarpos.terminal.testing.LebaneseCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two terminals editing one order offline, then hearing each other's deltas in any order, end identical. */
class ConvergenceTest {
    @TempDir
    Path dir;
    TerminalStore a;
    TerminalStore b;

    @BeforeEach
    void open() {
        a = store("a", 1_764_000_000_000L);
        b = store("b", 1_764_000_000_500L);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private TerminalStore store(String name, long now) {
        TerminalStore s = TerminalStore.open(dir.resolve(name), Clock.fixed(Instant.ofEpochMilli(now),
                ZoneOffset.UTC));
        s.enroll(TerminalId.random(), LebaneseCatalog.BRANCH, "Hamra Street", "Counter " + name,
                StoreFixture.TOKEN);
        s.syncLog().applyCatalog(LebaneseCatalog.catalog().withPrinting(LebaneseCatalog.KITCHEN));
        return s;
    }

    @Test
    void deltasDeliveredInDifferentOrdersEndInTheSameStateAndTheSameConflicts() {
        MergedOrder o = a.orders().place(T1, List.of(new NewLine(HUMMUS, 1), new NewLine(KAFTA, 2)));
        OrderLineId hummus = o.lines().get(0).line().id();
        OrderLineId kafta = o.lines().get(1).line().id();
        a.orders().sendToKitchen(o.id());
        deliver(a, 0, b, false);

        // offline from each other now
        long aFrom = a.syncLog().lastWrittenSeq();
        long bFrom = b.syncLog().lastWrittenSeq();
        a.orders().changeQuantity(o.id(), hummus, 3);
        a.orders().setGuests(o.id(), 4);
        a.orders().addLines(o.id(), List.of(new NewLine(KNEFEH, 2)));
        b.orders().changeQuantity(o.id(), hummus, 2);
        b.orders().voidLine(o.id(), kafta, "guest left", "Rima");
        b.orders().setDiscount(o.id(), new Discount(Discount.Kind.PERCENT, 500, "loyalty"));
        b.orders().changeNote(o.id(), hummus, "extra lemon");

        deliver(b, bFrom, a, true);
        deliver(a, aFrom, b, false);

        String stateA = OrderStateJson.encode(a.orders().findState(o.id()).orElseThrow(), Currency.USD).toString();
        String stateB = OrderStateJson.encode(b.orders().findState(o.id()).orElseThrow(), Currency.USD).toString();
        assertThat(stateA).isEqualTo(stateB);
        MergedOrder merged = a.orders().find(o.id()).orElseThrow();
        assertThat(b.orders().find(o.id())).contains(merged);
        assertThat(merged.conflicts()).extracting(Conflict::kind)
                .contains(Conflict.Kind.CONCURRENT_EDIT, Conflict.Kind.VOID_AFTER_SEND);
        assertThat(merged.lines()).hasSize(3);
        assertThat(merged.guests()).isEqualTo(4);
        assertThat(merged.discount().reason()).isEqualTo("loyalty");
        assertThat(merged.lines().get(0).note()).isEqualTo("extra lemon");
        // a sent the kafta, b voided it: a's kitchen hears of it, b's does not
        assertThat(StoreFixture.printJobs(a, Ticket.Kind.VOID)).hasSize(1);
        assertThat(StoreFixture.printJobs(b, Ticket.Kind.VOID)).isEmpty();
        // the materialized rows agree too
        assertThat(StoreFixture.count(a.file(), "SELECT total_minor FROM customer_order"))
                .isEqualTo(StoreFixture.count(b.file(), "SELECT total_minor FROM customer_order"))
                .isEqualTo(merged.total().minor());
        assertThat(StoreFixture.count(a.file(), "SELECT COUNT(*) FROM order_line WHERE flags IS NOT NULL"))
                .isEqualTo(StoreFixture.count(b.file(), "SELECT COUNT(*) FROM order_line WHERE flags IS NOT NULL"))
                .isEqualTo(2);
    }

    /** Hands {@code from}'s outbox entries after {@code afterSeq} to {@code to} as change records, maybe shuffled. */
    private static void deliver(TerminalStore from, long afterSeq, TerminalStore to, boolean shuffle) {
        List<OutboxEntry> entries = new ArrayList<>(from.syncLog().pendingAfter(afterSeq, 1000));
        if (shuffle) {
            Collections.shuffle(entries, new Random(7));
            Collections.reverse(entries);
        }
        long cursor = to.state().cursor();
        List<ChangeRecord> records = new ArrayList<>();
        for (OutboxEntry e : entries) {
            records.add(new ChangeRecord(++cursor, e.entity(), e.recordId(), from.terminalId(), e.eventTimeMs(),
                    e.payload()));
        }
        to.syncLog().applyChanges(new Changes(cursor, records));
    }
}
