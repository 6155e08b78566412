package cedarpos.server.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {
    @Test
    void splitsIntoListsOfAtMostTheChunkSizeInOrder() {
        List<Integer> ids = IntStream.range(0, 2 * InLists.CHUNK + 1).boxed().toList();
        List<List<Integer>> chunks = InLists.chunks(ids);
        assertEquals(List.of(InLists.CHUNK, InLists.CHUNK, 1), chunks.stream().map(List::size).toList());
        assertEquals(ids, chunks.stream().flatMap(List::stream).toList());
    }

    @Test
    void noIdsMeansNoQueries() {
        assertEquals(List.of(), InLists.chunks(List.of()));
    }
}
