package uk.org.throughline.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import uk.org.throughline.domain.model.person.NameKeys;
import uk.org.throughline.domain.model.person.NameSource;
import uk.org.throughline.domain.model.person.PersonNameKey;

/**
 * Migration 17: a hyphenated forename ("Jean-Luc") is now indexed as one word (JEANLUC) as well as its
 * parts, so "jeanluc" finds it the way "obrien" finds O'Brien. The keys are Double Metaphone codes that
 * SQL cannot compute, so this migration is Java: it rebuilds the name keys of every live person and
 * alias whose forenames hold a hyphen, as {@link PersonRepository#refreshNameKeys} would.
 */
public final class JoinedForenameKeys implements JavaMigration {

    private static final String PEOPLE = "SELECT id, surname, forenames, date_of_birth FROM person"
            + " WHERE merged_into_id IS NULL AND forenames LIKE '%-%'";
    private static final String ALIASES = "SELECT a.id, a.person_id, a.surname, a.forenames, p.date_of_birth"
            + " FROM person_alias a JOIN person p ON p.id = a.person_id"
            + " WHERE p.merged_into_id IS NULL AND a.forenames LIKE '%-%'";
    private static final String DELETE_PRIMARY = "DELETE FROM person_name_key WHERE person_id = ? AND name_source = ?";
    private static final String DELETE_ALIAS = "DELETE FROM person_name_key WHERE alias_id = ?";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "joined forename keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement people = connection.prepareStatement(PEOPLE);
                ResultSet person = people.executeQuery()) {
            while (person.next()) {
                long id = person.getLong(1);
                delete(connection, DELETE_PRIMARY, id, NameSource.PRIMARY.name());
                insert(connection, id, dateOf(person.getDate(4)),
                        NameKeys.forName(NameSource.PRIMARY, null, person.getString(2), person.getString(3)));
            }
        }
        try (PreparedStatement aliases = connection.prepareStatement(ALIASES);
                ResultSet alias = aliases.executeQuery()) {
            while (alias.next()) {
                long aliasId = alias.getLong(1);
                delete(connection, DELETE_ALIAS, aliasId);
                insert(connection, alias.getLong(2), dateOf(alias.getDate(5)),
                        NameKeys.forName(NameSource.ALIAS, aliasId, alias.getString(3), alias.getString(4)));
            }
        }
    }

    private static LocalDate dateOf(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void delete(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                delete.setObject(i + 1, parameters[i]);
            }
            delete.executeUpdate();
        }
    }

    private static void insert(Connection connection, long personId, LocalDate dateOfBirth, List<PersonNameKey> keys)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(NameKeySql.INSERT)) {
            for (PersonNameKey key : keys) {
                List<Object> values = NameKeySql.insertValues(personId, key, dateOfBirth);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null) {
                        insert.setNull(i + 1, insert.getParameterMetaData().getParameterType(i + 1));
                    } else {
                        insert.setObject(i + 1, values.get(i));
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
