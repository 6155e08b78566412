package cedarpos.terminal.store;

import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.terminal.printing.KitchenNotice;
import cedarpos.terminal.printing.KitchenNoticeQueue;
import cedarpos.terminal.store.internal.NoticeMapper;
import cedarpos.terminal.store.internal.Rows.NoticeRow;
import cedarpos.terminal.store.internal.SqliteDatabase;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.apache.ibatis.session.SqlSession;

/** The SQLite-backed kitchen notice queue (the store writes notices in the transactions that cause them). */
final class Kitchen implements KitchenNoticeQueue {
    private final SqliteDatabase db;
    private final Clock clock;

    Kitchen(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    List<KitchenNotice> all() {
        try (SqlSession s = db.read()) {
            return s.getMapper(NoticeMapper.class).all().stream().map(Kitchen::notice).toList();
        }
    }

    @Override
    public List<KitchenNotice> unprinted() {
        try (SqlSession s = db.read()) {
            return s.getMapper(NoticeMapper.class).unprinted().stream().map(Kitchen::notice).toList();
        }
    }

    @Override
    public boolean markPrinted(long noticeId) {
        try (SqlSession s = db.write()) {
            int n = s.getMapper(NoticeMapper.class).markPrinted(noticeId, clock.millis());
            s.commit();
            return n == 1;
        }
    }

    private static KitchenNotice notice(NoticeRow r) {
        return new KitchenNotice(r.id, r.kind, OrderId.parse(r.orderId), OrderLineId.parse(r.lineId), r.text,
                r.createdAt, r.printedAt == null ? OptionalLong.empty() : OptionalLong.of(r.printedAt));
    }
}
