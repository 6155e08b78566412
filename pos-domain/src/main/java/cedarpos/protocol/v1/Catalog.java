package cedarpos.protocol.v1;

import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import java.util.List;

/** Server to terminal: the branch's menu and floor plan as one versioned snapshot. */
public record Catalog(long version, String branchName, Currency currency, List<DiningTable> tables,
                      List<MenuItem> menu) implements Message {
    public static final String TYPE = "catalog";

    public Catalog {
        tables = List.copyOf(tables);
        menu = List.copyOf(menu);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
