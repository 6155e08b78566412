package cedarpos.migrations;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The server schema on an H2 file database, as the embedded server runs it. */
class ServerSchemaH2Test extends ServerSchemaContract {
    @TempDir
    Path dir;
    private JdbcDataSource ds;

    @BeforeEach
    void open() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("server").toAbsolutePath());
    }

    @Override
    protected DataSource dataSource() {
        return ds;
    }
}
