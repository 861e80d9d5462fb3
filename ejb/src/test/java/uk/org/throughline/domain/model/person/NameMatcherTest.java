package uk.org.throughline.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 12);

    /** A candidate row as the index would hold it for that name. */
    private static NameCandidate row(long personId, Long aliasId, String surname, String forename, LocalDate born) {
        PersonNameKey key = NameKeys.forName(NameSource.PRIMARY, null, surname, forename).get(0);
        return new NameCandidate(personId, aliasId, key.surnameKey(), key.surnamePart(), key.forename(),
                key.forenameKey(), born);
    }

    private static List<Long> ranking(String typed, BirthDateRange born, NameCandidate... candidates) {
        return NameMatcher.rankForSearch(NameQuery.parse(typed), born, List.of(candidates)).stream()
                .map(PersonMatch::personId).toList();
    }

    @Test
    void anExactSurnameRanksAboveOneThatOnlySoundsTheSame() {
        assertEquals(List.of(2L, 1L), ranking("Smyth", null,
                row(1, null, "Smith", "John", null), row(2, null, "Smyth", "John", null)));
    }

    @Test
    void exactForenameThenPrefixThenSoundsAlike() {
        assertEquals(List.of(3L, 2L, 1L), ranking("Jon Smith", null,
                row(1, null, "Smith", "John", null),
                row(2, null, "Smith", "Jonathan", null),
                row(3, null, "Smith", "Jon", null)));
    }

    @Test
    void aMatchingDateOfBirthRanksFirstAndOthersAreLeftOut() {
        assertEquals(List.of(2L), ranking("Smith", BirthDateRange.on(BORN),
                row(1, null, "Smith", "John", BORN.plusDays(1)), row(2, null, "Smith", "John", BORN)));
    }

    @Test
    void aYearOfBirthKeepsEveryoneBornThatYear() {
        assertEquals(List.of(1L, 2L), ranking("Smith", BirthDateRange.inYear(1980),
                row(1, null, "Smith", "Anne", LocalDate.of(1980, 1, 1)),
                row(2, null, "Smith", "Zak", LocalDate.of(1980, 12, 31)),
                row(3, null, "Smith", "John", LocalDate.of(1981, 1, 1))));
    }

    @Test
    void aMatchOnAnAliasRanksJustBelowTheSameMatchOnAnOwnName() {
        List<PersonMatch> ranked = NameMatcher.rankForSearch(NameQuery.parse("John Smith"), null,
                List.of(row(1, 10L, "Smith", "John", null), row(2, null, "Smith", "John", null)));
        assertEquals(List.of(2L, 1L), ranked.stream().map(PersonMatch::personId).toList());
        assertTrue(ranked.get(0).score() > ranked.get(1).score());
        assertTrue(ranked.get(1).onAlias());
    }

    @Test
    void aForenameThatDoesNotMatchIsNotAHit() {
        assertEquals(List.of(), ranking("Sarah Smith", null, row(1, null, "Smith", "John", null)));
    }

    @Test
    void eachPersonIsListedOnceUnderTheirBestName() {
        List<PersonMatch> ranked = NameMatcher.rankForSearch(NameQuery.parse("Smyth"), null,
                List.of(row(1, null, "Smith", "John", null), row(1, 5L, "Smyth", "John", null)));
        assertEquals(1, ranked.size());
        assertEquals(5L, ranked.get(0).aliasId());
    }

    @Test
    void scoresStayWithinZeroToOneHundred() {
        List<PersonMatch> ranked = NameMatcher.rankForSearch(NameQuery.parse("John Smith"), BirthDateRange.on(BORN),
                List.of(row(1, null, "Smith", "John", BORN)));
        assertEquals(100, ranked.get(0).score());
    }

    @Test
    void aLikelyDuplicateSoundsTheSameAndSharesDateOfBirthOrInitial() {
        NameQuery.Reading newPerson = NameQuery.Reading.of("Smith", "John");
        List<PersonMatch> ranked = NameMatcher.rankForDuplicates(newPerson, BORN, List.of(
                row(1, null, "Smyth", "Jon", BORN),
                row(2, null, "Smith", "James", LocalDate.of(1990, 1, 1)),
                row(3, null, "Smith", "Peter", null),
                row(4, null, "Smith", "Peter", LocalDate.of(1990, 1, 1)),
                row(5, null, "Smith", "John", BORN)));
        assertEquals(List.of(5L, 1L, 2L, 3L), ranked.stream().map(PersonMatch::personId).toList());
        assertEquals(100, ranked.get(0).score());
    }
}
