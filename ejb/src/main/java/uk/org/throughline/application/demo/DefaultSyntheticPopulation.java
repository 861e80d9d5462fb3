package uk.org.throughline.application.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.staff.StaffPermissions;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.person.NameQuery;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.infrastructure.demo.SyntheticPopulationWriter;
import uk.org.throughline.infrastructure.demo.SyntheticProgrammeWriter;
import uk.org.throughline.infrastructure.persistence.NameKeySql;

/**
 * Synthetic people and programme history for load tests, written over plain JDBC. Bean-managed
 * transactions with none begun, so the connection is outside JTA and commits each chunk as it goes:
 * a million people in one container transaction would time out and hold every lock to the end.
 * Every method refuses unless the server was started for a benchmark ({@link BenchmarkMode}).
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(StaffPermissions.ADMINISTER)
public class DefaultSyntheticPopulation implements SyntheticPopulation {

    private static final Logger LOG = Logger.getLogger(DefaultSyntheticPopulation.class.getName());
    /** Ten million is far beyond any test planned; above it a typo is more likely than a plan. */
    private static final int MAX_PEOPLE_PER_CALL = 10_000_000;
    /** A group takes 19 people: 10,000 groups is a large region's history. */
    private static final int MAX_PROGRAMME_GROUPS_PER_CALL = 10_000;

    @Resource(lookup = "java:jboss/datasources/ThroughlineDS")
    private DataSource dataSource;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Override
    public int generate(int count, long seed) {
        BenchmarkMode.requireOn();
        if (count < 1 || count > MAX_PEOPLE_PER_CALL) {
            throw new InvalidFieldException("count", "Give a number of people from 1 to " + MAX_PEOPLE_PER_CALL);
        }
        long started = System.nanoTime();
        int written = write("synthetic people",
                connection -> new SyntheticPopulationWriter().write(connection, count, seed, clock.instant()));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info(() -> "Wrote " + written + " synthetic people in " + seconds + " s");
        // its own transaction (the audit trail's default), as this bean runs outside one
        audit.record(AuditAction.CREATE, "Person", null, "Generated " + written + " synthetic people (seed " + seed
                + ") for load testing in " + seconds + " s", null);
        return written;
    }

    @Override
    public SyntheticProgrammeHistory generateProgrammes(int groups, long seed) {
        BenchmarkMode.requireOn();
        if (groups < 1 || groups > MAX_PROGRAMME_GROUPS_PER_CALL) {
            throw new InvalidFieldException("groups",
                    "Give a number of groups from 1 to " + MAX_PROGRAMME_GROUPS_PER_CALL);
        }
        long started = System.nanoTime();
        SyntheticProgrammeWriter.Written counts = write("synthetic programme history",
                connection -> new SyntheticProgrammeWriter().write(connection, groups, seed, clock.instant()));
        SyntheticProgrammeHistory written = new SyntheticProgrammeHistory(counts.referrals(), counts.cohorts(),
                counts.sessions(), counts.attendanceRecords(), counts.enforcementActions(),
                (System.nanoTime() - started) / 1_000_000L);
        LOG.info(() -> "Wrote synthetic programme history: " + written);
        audit.record(AuditAction.CREATE, "ProgrammeReferral", null, "Generated " + written.referrals()
                + " synthetic referrals in " + written.cohorts() + " cohorts with " + written.attendanceRecords()
                + " register lines (seed " + seed + ") for load testing in " + written.millis() + " ms", null);
        return written;
    }

    /** What a writer does with its connection, committing as it goes. */
    private interface Writing<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs the writing on a connection of its own, handed back to the pool in auto-commit as it came. */
    private <T> T write(String what, Writing<T> writing) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                return writing.on(connection);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new EJBException("Writing " + what + " failed", e);
        }
    }

    @Override
    public List<Long> timeDirectSearch(List<String> surnames, int repetitions) {
        BenchmarkMode.requireOn();
        List<Long> nanos = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String surname : surnames) {
                NameQuery query = NameQuery.parse(surname);
                if (query.isEmpty()) {
                    continue;
                }
                NameKeySql.Statement lookup = NameKeySql.forSearch(query, null);
                for (int i = 0; i < repetitions; i++) {
                    nanos.add(timeOnce(connection, lookup));
                }
            }
        } catch (SQLException e) {
            throw new EJBException("Timing the name search failed", e);
        }
        return nanos;
    }

    /** Prepares, runs and reads the lookup to the end, as the search does through JPA. */
    private static long timeOnce(Connection connection, NameKeySql.Statement lookup) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(lookup.sql())) {
            for (int i = 0; i < lookup.parameters().size(); i++) {
                statement.setObject(i + 1, lookup.parameters().get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }
        return System.nanoTime() - started;
    }
}
