package cedarpos.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** An MSI's tables as msiinfo exports them (IDT: column names, types, table and keys, then one row a line). */
final class MsiTables {
    private final Path msi;

    MsiTables(Path msi) {
        this.msi = msi;
    }

    List<String> names() {
        return Arrays.stream(Tools.ok(null, "msiinfo", "tables", msi.toString()).split("\\R"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Every row of {@code table}, each a column-name to value map (an empty value for a null). */
    List<Map<String, String>> rows(String table) {
        String[] lines = Tools.ok(null, "msiinfo", "export", msi.toString(), table).split("\r?\n");
        assertThat(lines.length).as("IDT export of %s", table).isGreaterThanOrEqualTo(3);
        String[] columns = lines[0].split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] values = lines[i].split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.length; c++) {
                row.put(columns[c], c < values.length ? values[c] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    List<Map<String, String>> rows(String table, Predicate<Map<String, String>> which) {
        return rows(table).stream().filter(which).toList();
    }

    /** The one row of {@code table} whose {@code column} is {@code value}. */
    Map<String, String> row(String table, String column, String value) {
        List<Map<String, String>> found = rows(table, r -> value.equals(r.get(column)));
        assertThat(found).as("rows of %s with %s = %s", table, column, value).hasSize(1);
        return found.get(0);
    }

    Optional<String> property(String name) {
        return rows("Property", r -> name.equals(r.get("Property"))).stream().map(r -> r.get("Value")).findFirst();
    }

    /** The Directory table's path of {@code id}: its DefaultDir names up to TARGETDIR, e.g. CommonAppDataFolder/Cedar POS/till. */
    String directoryPath(String id) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Map<String, String> r : rows("Directory")) {
            byId.put(r.get("Directory"), r);
        }
        List<String> parts = new ArrayList<>();
        String at = id;
        while (at != null && !at.isEmpty() && !"TARGETDIR".equals(at)) {
            Map<String, String> r = byId.get(at);
            assertThat(r).as("directory %s", at).isNotNull();
            String parent = r.get("Directory_Parent");
            // a standard folder (its parent TARGETDIR, name ".") stands for itself
            String name = "TARGETDIR".equals(parent) ? at : longName(r.get("DefaultDir"));
            if (!".".equals(name)) {
                parts.add(0, name);
            }
            at = parent;
        }
        return String.join("/", parts);
    }

    private static String longName(String defaultDir) {
        String target = defaultDir.contains(":") ? defaultDir.substring(0, defaultDir.indexOf(':')) : defaultDir;
        return target.contains("|") ? target.substring(target.indexOf('|') + 1) : target;
    }
}
