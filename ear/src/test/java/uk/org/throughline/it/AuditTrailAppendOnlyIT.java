package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is append-only in the database itself, not by the application's good manners: with
 * the application deployed (so Flyway has migrated the schema), an UPDATE and a DELETE on an audit
 * row through the application's own datasource are refused and the row stays as written.
 *
 * <p>Derby is embedded in the server, so no connection from outside can reach it: this test runs
 * inside the server, in a small web archive of its own deployed beside the application (the
 * application's pages and API need a signed-in member of staff; this archive has no pages of its
 * own). It uses nothing of the application but its datasource, and the suite's clock.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailAppendOnlyIT {

    private static final String DATASOURCE = "java:jboss/datasources/ThroughlineDS";
    /** The guard's name in Derby's refusal (db/vendor/derby/V11__audit_append_only.sql). */
    private static final String REFUSAL = "AUDIT_ENTRY_IS_APPEND_ONLY";
    private static final String SUMMARY = "Written by AuditTrailAppendOnlyIT to be changed and removed, in vain";

    @Deployment(name = "throughline", order = 1, testable = false)
    static EnterpriseArchive throughline() {
        return Deployments.throughline();
    }

    @Deployment(name = "inside", order = 2)
    static WebArchive inside() {
        return ShrinkWrap.create(WebArchive.class, "audit-append-only-it.war").addClasses(AuditTrailAppendOnlyIT.class,
                TestClock.class);
    }

    @Test
    @OperateOnDeployment("inside")
    void theDatabaseRefusesToChangeOrRemoveAnAuditRow() throws NamingException, SQLException {
        DataSource dataSource = InitialContext.doLookup(DATASOURCE);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long id = written(connection);

            SQLException update = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE audit_entry SET summary = 'Rewritten', reason = 'Covering tracks' WHERE id = " + id));
            assertTrue(update.getMessage().contains(REFUSAL), update::getMessage);
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM audit_entry WHERE id = " + id));
            assertTrue(delete.getMessage().contains(REFUSAL), delete::getMessage);
            SQLException truncate = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "TRUNCATE TABLE audit_entry"));
            assertTrue(truncate.getMessage().contains("TRUNCATE TABLE is not permitted"), truncate::getMessage);

            try (ResultSet row = statement.executeQuery("SELECT summary, reason FROM audit_entry WHERE id = " + id)) {
                assertTrue(row.next(), "the row is still there");
                assertEquals(List.of(SUMMARY, "Proving the audit trail append-only"),
                        List.of(row.getString("summary"), row.getString("reason")), "the row is as written");
            }
        }
    }

    /** A new audit row, as the application writes them (inserting is what the audit trail allows). */
    private static long written(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, username, "
                + "action, record_type, summary, reason) VALUES (?, 'admin.demo', 'VIEW', 'AuditEntry', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(TestClock.now().toInstant()));
            insert.setString(2, SUMMARY);
            insert.setString(3, "Proving the audit trail append-only");
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                assertTrue(key.next(), "the new row's id");
                return key.getLong(1);
            }
        }
    }
}
