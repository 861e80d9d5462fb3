package uk.org.throughline.infrastructure.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.domain.model.person.BirthDateRange;
import uk.org.throughline.domain.model.person.FieldLengths;
import uk.org.throughline.domain.model.person.NameKeys;
import uk.org.throughline.domain.model.person.NameQuery;
import uk.org.throughline.domain.model.person.PersonNameKey;

/**
 * The SQL of the name search, in one place so the search and its benchmark run exactly the same
 * statements. A search becomes a few index range lookups on person_name_key, one per surname key
 * (and forename key or forename prefix), glued together with UNION ALL into one statement with one
 * cap on the rows it returns. Nothing scans a table and nothing wraps a column in a function, so every
 * lookup stays on an index in Derby and in PostgreSQL. Values are always bound as parameters, so the
 * few shapes of statement are compiled once and then found in the database's statement cache.
 */
public final class NameKeySql {

    /**
     * Most rows one search reads. A common surname with no forename or date of birth ("Smith")
     * matches over ten thousand people at a million records; nobody pages through them, so the search
     * reads this many and reports what it found. Both Derby and PostgreSQL run the lookups of a
     * UNION ALL in the order written and stop when the cap is reached, so the lookups are written
     * best first (exact spelling before sound); SQL does not promise that order, but if a database
     * ever ran them differently only the choice of which candidates fill the cap would change.
     */
    public static final int MAX_CANDIDATE_ROWS = 500;

    static final String CANDIDATE_COLUMNS =
            "person_id, alias_id, surname_key, surname_part, forename, forename_key, date_of_birth";

    public static final String INSERT = "INSERT INTO person_name_key (person_id, name_source, alias_id, surname_key, "
            + "surname_part, forename, forename_key, date_of_birth) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    static final String DELETE_FOR_PERSON = "DELETE FROM person_name_key WHERE person_id = ?";

    /** Upper bound of a prefix range: every A–Z name starting with the prefix sorts at or below it. */
    private static final String HIGHEST_LETTERS = "Z".repeat(FieldLengths.NAME);

    /** A statement and its parameters in order (strings and {@link Date}s). */
    public record Statement(String sql, List<Object> parameters) {

        public Statement {
            parameters = List.copyOf(parameters);
        }
    }

    private NameKeySql() {
    }

    /** The values of one name-key row, in the order of {@link #INSERT}. */
    public static List<Object> insertValues(long personId, PersonNameKey key, LocalDate dateOfBirth) {
        List<Object> values = new ArrayList<>(8);
        values.add(personId);
        values.add(key.source().name());
        values.add(key.aliasId());
        values.add(key.surnameKey());
        values.add(key.surnamePart());
        values.add(key.forename());
        values.add(key.forenameKey());
        values.add(dateOfBirth == null ? null : Date.valueOf(dateOfBirth));
        return values;
    }

    /**
     * The candidate lookups for a search. For each reading of the typed name and each of its surname
     * keys: with a forename, each of the forename's keys ("Jon" finds JOHN) and then forenames that
     * start with it ("Jon" finds JONATHAN; the forename itself was found by its key); with a surname
     * only, the surname spelt exactly as typed and then by sound. A date of birth or year narrows
     * every lookup.
     */
    public static Statement forSearch(NameQuery query, BirthDateRange born) {
        Lookups lookups = new Lookups();
        for (NameQuery.Reading reading : query.readings()) {
            if (reading.hasForename()) {
                addForenameLookups(lookups, reading, born);
                continue;
            }
            // the exact spelling first, so that "Smyth" is not crowded out by the many SMITHs sharing
            // its key; then the sounds-alike, leaving out the spelling already read
            lookups.add(Index.BIRTH, "surname_key = ? AND surname_part = ?", NameKeys.storedKey(reading.surnameWhole()),
                    reading.surnameWhole());
            lookups.narrowTo(born);
            for (String surnameKey : reading.surnameKeys()) {
                lookups.add(Index.BIRTH, "surname_key = ? AND surname_part <> ?", surnameKey, reading.surnameWhole());
                lookups.narrowTo(born);
            }
        }
        return lookups.statement();
    }

    private static void addForenameLookups(Lookups lookups, NameQuery.Reading reading, BirthDateRange born) {
        for (String surnameKey : reading.surnameKeys()) {
            for (String forenameKey : reading.forenameKeys()) {
                lookups.add(Index.FORENAME_KEY, "surname_key = ? AND forename_key = ?", surnameKey, forenameKey);
                lookups.narrowTo(born);
            }
            // the typed forename itself was found by its key above, unless it has none
            lookups.addForenamePrefix(surnameKey, reading.forename(), reading.forenameKeys().isEmpty() ? ">=" : ">");
            lookups.narrowTo(born);
        }
    }

    /**
     * The candidate lookups for a duplicate check, most telling first: for each surname key, people
     * born the same day; people with the same forename initial; and people whose date of birth is
     * unknown (or, when the new person's is unknown, anyone with the surname key).
     */
    public static Statement forDuplicates(NameQuery.Reading reading, LocalDate dateOfBirth) {
        Lookups lookups = new Lookups();
        if (dateOfBirth != null) {
            for (String surnameKey : reading.surnameKeys()) {
                lookups.add(Index.BIRTH, "surname_key = ? AND date_of_birth = ?", surnameKey,
                        Date.valueOf(dateOfBirth));
            }
        }
        if (reading.hasForename()) {
            for (String surnameKey : reading.surnameKeys()) {
                lookups.addForenamePrefix(surnameKey, reading.forename().substring(0, 1), ">=");
            }
        }
        for (String surnameKey : reading.surnameKeys()) {
            lookups.add(Index.BIRTH, dateOfBirth == null ? "surname_key = ?"
                    : "surname_key = ? AND date_of_birth IS NULL", surnameKey);
        }
        return lookups.statement();
    }

    /**
     * The index each kind of lookup is built for. Derby's optimiser sometimes prefers an index that
     * matches fewer columns and then reads every row of a common surname key from the table, so
     * each lookup names its index in a Derby optimiser comment; PostgreSQL ignores the comment and
     * plans well unaided.
     */
    private enum Index {
        FORENAME_KEY("IX_NAME_KEY_FORENAME_KEY"),
        FORENAME("IX_NAME_KEY_FORENAME"),
        BIRTH("IX_NAME_KEY_DOB");

        /** Derby reads the properties to the end of the line, so the comment ends with a line break. */
        private final String derbyHint;

        Index(String name) {
            this.derbyHint = " --DERBY-PROPERTIES index=" + name + "\n";
        }
    }

    /** Builds the UNION ALL of the lookups, under one cap. */
    private static final class Lookups {

        private final List<Index> indexes = new ArrayList<>();
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(Index index, String condition, Object... values) {
            indexes.add(index);
            conditions.add(condition);
            parameters.addAll(List.of(values));
        }

        /**
         * Forenames starting with the prefix, as a range rather than LIKE so that PostgreSQL uses the
         * index whatever its collation; {@code lowerBound} "&gt;" leaves out the prefix itself.
         */
        void addForenamePrefix(String surnameKey, String prefix, String lowerBound) {
            add(Index.FORENAME, "surname_key = ? AND forename " + lowerBound + " ? AND forename <= ?", surnameKey,
                    prefix, prefix + HIGHEST_LETTERS.substring(Math.min(prefix.length(), FieldLengths.NAME)));
        }

        /** Narrows the lookup just added to the date-of-birth range, if there is one. */
        void narrowTo(BirthDateRange born) {
            if (born != null) {
                int last = conditions.size() - 1;
                conditions.set(last, conditions.get(last) + " AND date_of_birth BETWEEN ? AND ?");
                parameters.add(Date.valueOf(born.from()));
                parameters.add(Date.valueOf(born.to()));
            }
        }

        Statement statement() {
            List<String> selects = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                selects.add("SELECT " + CANDIDATE_COLUMNS + " FROM person_name_key" + indexes.get(i).derbyHint
                        + "WHERE " + conditions.get(i));
            }
            return new Statement(String.join(" UNION ALL ", selects) + " FETCH FIRST " + MAX_CANDIDATE_ROWS
                    + " ROWS ONLY", parameters);
        }
    }
}
