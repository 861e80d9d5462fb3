package uk.org.throughline.infrastructure.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.NameKeys;
import uk.org.throughline.domain.model.person.NameSource;
import uk.org.throughline.domain.model.person.PersonNameKey;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.InstantConverter;
import uk.org.throughline.infrastructure.persistence.NameKeySql;

/**
 * Writes synthetic people straight to the tables in JDBC batches, for load tests at a million
 * records where going through JPA one person at a time would take hours. It fills person,
 * person_alias, person_address and person_name_key consistently, with name keys made by the same
 * {@link NameKeys} code the application uses, so the search finds synthetic people exactly as it
 * finds real ones. Same seed, same people.
 */
public final class SyntheticPopulationWriter {

    private static final Logger LOG = Logger.getLogger(SyntheticPopulationWriter.class.getName());

    /** People are generated, written and committed in chunks this big, so memory and the log stay small. */
    static final int PEOPLE_PER_CHUNK = 5_000;
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final LocalDate YOUNGEST_BIRTH = LocalDate.of(2008, 12, 31);
    private static final int ALIAS_PERCENT = 10;
    private static final int ADDRESS_PERCENT = 70;
    private static final int MIDDLE_NAME_PERCENT = 20;

    private static final String INSERT_PERSON = "INSERT INTO person (id, version, surname, forenames, date_of_birth, "
            + "gender, disability, interpreter_required, created_at, updated_at) "
            + "VALUES (?, 1, ?, ?, ?, ?, 'NOT_KNOWN', FALSE, ?, ?)";
    private static final String INSERT_ALIAS = "INSERT INTO person_alias (id, person_id, surname, forenames) "
            + "VALUES (?, ?, ?, ?)";
    private static final String INSERT_ADDRESS = "INSERT INTO person_address (person_id, line1, town, postcode, "
            + "date_from) VALUES (?, ?, ?, ?, ?)";

    /**
     * Within a chunk, rows go in in index order: B-tree inserts that land near the last one are
     * cheaper (on Derby, sorting each chunk cut index-insert time by about 30%). Ids still follow
     * generation order, so names are not clustered by id across the table.
     */
    private static final Comparator<SyntheticPerson> BY_SURNAME = Comparator.comparing(SyntheticPerson::surname);
    private static final Comparator<KeyRow> BY_KEY = Comparator.comparing((KeyRow row) -> row.key().surnameKey())
            .thenComparing(row -> row.key().forenameKey());

    private final SyntheticNames names = new SyntheticNames();
    /** Synthetic surnames and forenames repeat endlessly, so each is normalised and keyed once. */
    private final Map<String, List<NameKeys.KeyedWord>> keyedSurnames = new HashMap<>();
    private final Map<String, List<NameKeys.KeyedWord>> keyedForenames = new HashMap<>();

    private record SyntheticPerson(long id, String surname, String forenames, LocalDate born, boolean male,
            Long aliasId, String aliasSurname, String line1, String town, String postcode, LocalDate movedIn) {
    }

    private record KeyRow(long personId, Long aliasId, PersonNameKey key, LocalDate born) {
    }

    /**
     * Adds {@code count} people on the connection, committing each chunk; returns how many were added.
     * Takes the connection out of auto-commit and leaves it so.
     *
     * @param now when the rows say they were created; no address starts after its day in London
     */
    public int write(Connection connection, int count, long seed, Instant now) throws SQLException {
        connection.setAutoCommit(false);
        long firstPersonId = reserveIds(connection, "person", count);
        // at most one alias each, so reserving one per person can never run short
        long firstAliasId = reserveIds(connection, "person_alias", count);
        SplittableRandom random = new SplittableRandom(seed);
        Timestamp created = InstantConverter.toUtcTimestamp(now);
        LocalDate today = UkDate.dayOf(now);
        try (PreparedStatement person = connection.prepareStatement(INSERT_PERSON);
                PreparedStatement alias = connection.prepareStatement(INSERT_ALIAS);
                PreparedStatement address = connection.prepareStatement(INSERT_ADDRESS);
                PreparedStatement key = connection.prepareStatement(NameKeySql.INSERT)) {
            for (int start = 0; start < count; start += PEOPLE_PER_CHUNK) {
                List<SyntheticPerson> chunk = new ArrayList<>();
                for (int i = start; i < Math.min(count, start + PEOPLE_PER_CHUNK); i++) {
                    chunk.add(generate(random, firstPersonId + i, firstAliasId + i, today));
                }
                writePeople(person, chunk, created);
                writeAliasesAndAddresses(alias, address, chunk);
                writeNameKeys(key, chunk);
                connection.commit();
                if ((start / PEOPLE_PER_CHUNK + 1) % 20 == 0) {
                    LOG.info("Synthetic population: " + (start + chunk.size()) + " of " + count + " people written");
                }
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return count;
    }

    private SyntheticPerson generate(SplittableRandom random, long personId, long spareAliasId, LocalDate today) {
        boolean male = random.nextBoolean();
        String surname = names.surname(random);
        String forenames = names.forename(random, male);
        if (random.nextInt(100) < MIDDLE_NAME_PERCENT) {
            forenames += " " + names.forename(random, male);
        }
        long birthDays = YOUNGEST_BIRTH.toEpochDay() - OLDEST_BIRTH.toEpochDay() + 1;
        LocalDate born = LocalDate.ofEpochDay(OLDEST_BIRTH.toEpochDay() + random.nextLong(birthDays));
        // most aliases are a previous or alternative surname with the same forenames
        boolean hasAlias = random.nextInt(100) < ALIAS_PERCENT;
        String aliasSurname = hasAlias ? names.surname(random) : null;
        String line1 = null;
        String town = null;
        String postcode = null;
        LocalDate movedIn = null;
        if (random.nextInt(100) < ADDRESS_PERCENT) {
            line1 = names.street(random);
            String townAndDistrict = names.townAndDistrict(random);
            int space = townAndDistrict.lastIndexOf(' ');
            town = townAndDistrict.substring(0, space);
            postcode = SyntheticNames.postcode(townAndDistrict.substring(space + 1), random);
            LocalDate adult = born.plusYears(16 + random.nextInt(20));
            movedIn = adult.isAfter(today) ? today : adult;
        }
        return new SyntheticPerson(personId, surname, forenames, born, male, hasAlias ? spareAliasId : null,
                aliasSurname, line1, town, postcode, movedIn);
    }

    private static void writePeople(PreparedStatement person, List<SyntheticPerson> chunk, Timestamp created)
            throws SQLException {
        List<SyntheticPerson> sorted = new ArrayList<>(chunk);
        sorted.sort(BY_SURNAME);
        for (SyntheticPerson one : sorted) {
            person.setLong(1, one.id());
            person.setString(2, one.surname());
            person.setString(3, one.forenames());
            person.setDate(4, Date.valueOf(one.born()));
            person.setString(5, (one.male() ? Gender.MALE : Gender.FEMALE).name());
            person.setTimestamp(6, created);
            person.setTimestamp(7, created);
            person.addBatch();
        }
        person.executeBatch();
    }

    private static void writeAliasesAndAddresses(PreparedStatement alias, PreparedStatement address,
            List<SyntheticPerson> chunk) throws SQLException {
        for (SyntheticPerson one : chunk) {
            if (one.aliasId() != null) {
                alias.setLong(1, one.aliasId());
                alias.setLong(2, one.id());
                alias.setString(3, one.aliasSurname());
                alias.setString(4, one.forenames());
                alias.addBatch();
            }
            if (one.line1() != null) {
                address.setLong(1, one.id());
                address.setString(2, one.line1());
                address.setString(3, one.town());
                address.setString(4, one.postcode());
                address.setDate(5, Date.valueOf(one.movedIn()));
                address.addBatch();
            }
        }
        alias.executeBatch();
        address.executeBatch();
    }

    private void writeNameKeys(PreparedStatement key, List<SyntheticPerson> chunk) throws SQLException {
        List<KeyRow> rows = new ArrayList<>();
        for (SyntheticPerson one : chunk) {
            keysOf(one.surname(), one.forenames()).forEach(k -> rows.add(new KeyRow(one.id(), null, k, one.born())));
            if (one.aliasId() != null) {
                keysOf(one.aliasSurname(), one.forenames())
                        .forEach(k -> rows.add(new KeyRow(one.id(), one.aliasId(), k, one.born())));
            }
        }
        rows.sort(BY_KEY);
        for (KeyRow row : rows) {
            key.setLong(1, row.personId());
            key.setString(2, (row.aliasId() == null ? NameSource.PRIMARY : NameSource.ALIAS).name());
            if (row.aliasId() == null) {
                key.setNull(3, Types.BIGINT);
            } else {
                key.setLong(3, row.aliasId());
            }
            key.setString(4, row.key().surnameKey());
            key.setString(5, row.key().surnamePart());
            key.setString(6, row.key().forename());
            key.setString(7, row.key().forenameKey());
            key.setDate(8, Date.valueOf(row.born()));
            key.addBatch();
        }
        key.executeBatch();
    }

    private List<PersonNameKey> keysOf(String surname, String forenames) {
        return NameKeys.rows(NameSource.PRIMARY, null, keyedSurnames.computeIfAbsent(surname, NameKeys::keyedSurname),
                keyedForenames.computeIfAbsent(forenames, NameKeys::keyedForenames));
    }

    /**
     * Reserves {@code count} ids above the highest in use and moves the table's identity past them,
     * so the application's own inserts (which take ids from the identity) cannot collide with ours.
     * The identity is GENERATED BY DEFAULT so explicit ids are allowed; ALTER ... RESTART WITH is the
     * same statement in Derby and PostgreSQL. Only a registration committed in the instant between
     * reading MAX(id) and the restart could collide; this is an administrator's benchmark tool.
     *
     * @return the first reserved id
     */
    static long reserveIds(Connection connection, String table, int count) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long highest;
            try (ResultSet max = statement.executeQuery("SELECT MAX(id) FROM " + table)) {
                max.next();
                highest = max.getLong(1);
            }
            statement.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (highest + count + 1));
            connection.commit();
            return highest + 1;
        }
    }
}
