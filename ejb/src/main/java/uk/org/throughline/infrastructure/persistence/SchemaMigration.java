package uk.org.throughline.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before anything else uses it (EclipseLink does
 * not create tables: eclipselink.ddl-generation is "none"). A failed migration fails the deployment,
 * so the application never runs on a schema it does not understand. The migrations in db/migration
 * are portable SQL; what Derby and PostgreSQL say differently (triggers) is in db/vendor/derby and
 * db/vendor/postgresql, one file per version in each, and only the database's own folder is read.
 */
@Singleton
@Startup
// Flyway commits each migration itself; a container transaction around it would hold the DDL open
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ThroughlineDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        // this module's class loader sees db/migration inside the EJB jar on WildFly's VFS; the
        // thread's context class loader is not guaranteed to be it when a singleton starts
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .javaMigrations(new JoinedForenameKeys())
                .load()
                .migrate();
        if (result.migrationsExecuted == 0) {
            LOG.info(() -> "Database schema is up to date at version " + result.initialSchemaVersion);
            return;
        }
        for (MigrateOutput migration : result.migrations) {
            LOG.info(() -> "Applied database migration " + migration.version + " (" + migration.description
                    + ") in " + migration.executionTime + " ms");
        }
        LOG.info(() -> "Database schema migrated from version " + result.initialSchemaVersion + " to "
                + result.targetSchemaVersion);
    }

    /** The folder of this database's own migrations. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "Apache Derby" -> "derby";
                case "PostgreSQL" -> "postgresql";
                default -> throw new IllegalStateException("Throughline runs on Apache Derby or PostgreSQL, not on "
                        + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the schema is in", e);
        }
    }
}
