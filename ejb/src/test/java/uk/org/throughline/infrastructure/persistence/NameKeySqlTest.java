package uk.org.throughline.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.person.BirthDateRange;
import uk.org.throughline.domain.model.person.NameQuery;

class NameKeySqlTest {

    private static List<NameKeySql.Statement> examples() {
        return List.of(
                NameKeySql.forSearch(NameQuery.parse("Smith"), null),
                NameKeySql.forSearch(NameQuery.parse("Jon Smith-Jones"), BirthDateRange.inYear(1980)),
                NameKeySql.forSearch(NameQuery.parse("O'Brien, Zo\u00eb"), BirthDateRange.on(LocalDate.of(1994, 5, 9))),
                NameKeySql.forDuplicates(NameQuery.Reading.of("Smith", "John"), LocalDate.of(1975, 4, 18)),
                NameKeySql.forDuplicates(NameQuery.Reading.of("Smith", "John"), null));
    }

    @Test
    void everyPlaceholderHasAValue() {
        for (NameKeySql.Statement statement : examples()) {
            long placeholders = statement.sql().chars().filter(c -> c == '?').count();
            assertEquals(placeholders, statement.parameters().size(), statement.sql());
        }
    }

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        for (NameKeySql.Statement statement : examples()) {
            assertFalse(statement.sql().contains("SMITH"), statement.sql());
            assertFalse(statement.sql().contains("'"), statement.sql());
        }
    }

    @Test
    void noLookupCanDefeatAnIndex() {
        for (NameKeySql.Statement statement : examples()) {
            String sql = statement.sql().toUpperCase(Locale.ROOT);
            assertFalse(sql.contains("LIKE") || sql.contains("LOWER(") || sql.contains("UPPER("), sql);
            assertTrue(sql.endsWith("FETCH FIRST " + NameKeySql.MAX_CANDIDATE_ROWS + " ROWS ONLY"), sql);
        }
    }
}
