package cedarpos.terminal.store.internal;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** The one cashier_catalog row: the catalog snapshot's rate, VAT, modifier groups and staff, as protocol JSON. */
public interface CashierMapper {
    @Insert("INSERT INTO cashier_catalog (id, version, json) VALUES (1, #{version}, #{json})"
            + " ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json")
    void save(long version, String json);

    @Select("SELECT json FROM cashier_catalog WHERE id = 1")
    String json();
}
