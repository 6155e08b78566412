package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.TerminalId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangePagesTest {
    static final TerminalId T = TerminalId.random();

    @Test
    void countsEachRecordAndTheCommaBeforeIt() {
        List<Integer> sizes = List.of(10, 10, 10);
        // 10 + (1 + 10) = 21 fits in 21, the third would make 32
        assertThat(ChangePages.fitting(sizes, Integer::intValue, 100, 21)).isEqualTo(2);
        assertThat(ChangePages.fitting(sizes, Integer::intValue, 100, 20)).isEqualTo(1);
        assertThat(ChangePages.fitting(sizes, Integer::intValue, 100, 32)).isEqualTo(3);
    }

    @Test
    void theFirstRecordGoesWholeHoweverLarge() {
        assertThat(ChangePages.fitting(List.of(1000, 1), Integer::intValue, 100, 10)).isEqualTo(1);
    }

    @Test
    void theCountLimitBoundsThePageToo() {
        assertThat(ChangePages.fitting(List.of(1, 1, 1, 1), Integer::intValue, 2, 1000)).isEqualTo(2);
        assertThat(ChangePages.fitting(List.<Integer>of(), Integer::intValue, 2, 1000)).isZero();
    }

    @Test
    void splitKeepsOrderAndHeadAndEveryPageFitsItsFrame() {
        List<ChangeRecord> records = new ArrayList<>();
        String big = "x".repeat(60_000);
        for (int i = 1; i <= 20; i++) {
            records.add(record(i, big));
        }
        records.add(record(21, "y".repeat(ProtocolCodec.PAGE_CHARS + 10)));
        records.add(record(22, "small"));
        List<Changes> pages = ChangePages.split(new Changes(22, records));

        List<ChangeRecord> joined = new ArrayList<>();
        for (Changes page : pages) {
            assertThat(page.head()).isEqualTo(22);
            assertThat(page.records()).isNotEmpty();
            int chars = page.records().stream().mapToInt(r -> ProtocolCodec.recordChars(r) + 1).sum() - 1;
            if (page.records().size() > 1) {
                assertThat(chars).isLessThanOrEqualTo(ProtocolCodec.PAGE_CHARS);
            }
            joined.addAll(page.records());
        }
        assertThat(joined).isEqualTo(records);
        // 4 records of ~60k fit in 256 KiB, the oversized one travels alone
        assertThat(pages.get(0).records()).hasSize(4);
        assertThat(pages).anySatisfy(p -> assertThat(p.records()).extracting(ChangeRecord::seq).containsExactly(21L));
    }

    @Test
    void splitOfNothingIsOneEmptyPage() {
        assertThat(ChangePages.split(new Changes(5, List.of()))).containsExactly(new Changes(5, List.of()));
    }

    private static ChangeRecord record(long seq, String note) {
        return new ChangeRecord(seq, "order", UUID.randomUUID().toString(), T, 1_700_000_000_000L,
                Jsons.objectBuilder().add("note", note).build());
    }
}
