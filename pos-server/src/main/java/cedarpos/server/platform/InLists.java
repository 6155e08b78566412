package cedarpos.server.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits ids for {@code ... IN :ids} queries, so one batch never exceeds a database's bind-parameter limit. */
public final class InLists {
    /** Ids per IN list: well inside every supported database's bind-parameter limit. */
    public static final int CHUNK = 500;

    private InLists() {
    }

    /** The ids in order, in lists of at most {@link #CHUNK}; none for no ids. */
    public static <T> List<List<T>> chunks(Collection<T> ids) {
        List<T> all = new ArrayList<>(ids);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
