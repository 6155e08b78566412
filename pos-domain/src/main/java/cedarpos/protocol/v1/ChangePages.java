package cedarpos.protocol.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How many change records go in one {@code changes} frame: at most {@link ProtocolCodec#MAX_CHANGE_RECORDS} and at
 * most {@link ProtocolCodec#PAGE_CHARS} characters of records (each record plus the comma before it), except that
 * the first record always goes whole, so a record larger than a page still travels, alone.
 */
public final class ChangePages {
    private ChangePages() {
    }

    /**
     * The length of the longest prefix of {@code items} that makes one page: at least one when there is any, at most
     * {@code limit}. {@code chars} gives the records' characters (or an upper bound of them), in order.
     */
    public static <T> int fitting(List<T> items, ToIntFunction<T> chars, int limit, int pageChars) {
        int max = Math.min(items.size(), limit);
        long used = 0;
        for (int n = 0; n < max; n++) {
            used += chars.applyAsInt(items.get(n)) + (n == 0 ? 0 : 1);
            if (n > 0 && used > pageChars) {
                return n;
            }
        }
        return max;
    }

    /** The records split into consecutive pages of the same head, ascending; one empty page when there are none. */
    public static List<Changes> split(Changes changes) {
        List<ChangeRecord> rest = changes.records();
        if (rest.isEmpty()) {
            return List.of(changes);
        }
        List<Changes> pages = new ArrayList<>();
        while (!rest.isEmpty()) {
            int n = fitting(rest, ProtocolCodec::recordChars, ProtocolCodec.MAX_CHANGE_RECORDS, ProtocolCodec.PAGE_CHARS);
            pages.add(new Changes(changes.head(), rest.subList(0, n)));
            rest = rest.subList(n, rest.size());
        }
        return pages;
    }
}
