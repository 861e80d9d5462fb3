package uk.org.throughline.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameQueryTest {

    @Test
    void oneWordIsASurname() {
        List<NameQuery.Reading> readings = NameQuery.parse("Smith").readings();
        assertEquals(1, readings.size());
        assertEquals("SMITH", readings.get(0).surnameWhole());
        assertFalse(readings.get(0).hasForename());
    }

    @Test
    void oneWordIsLookedUpBySound() {
        assertTrue(NameQuery.parse("Smyth").readings().get(0).surnameKeys().contains(NameKeys.primaryKey("SMITH")));
    }

    @Test
    void aCommaPutsTheSurnameFirst() {
        List<NameQuery.Reading> readings = NameQuery.parse("Smith, John Paul").readings();
        assertEquals(1, readings.size());
        assertEquals("SMITH", readings.get(0).surnameWhole());
        assertEquals("JOHN", readings.get(0).forename());
    }

    @Test
    void forenamesThenSurnameIsTheFirstReadingOfSeveralWords() {
        NameQuery.Reading first = NameQuery.parse("John Paul Smith").readings().get(0);
        assertEquals("SMITH", first.surnameWhole());
        assertEquals("JOHN", first.forename());
    }

    @Test
    void twoWordsAreAlsoReadSurnameFirstAndAsOneDoubleBarrelledSurname() {
        List<NameQuery.Reading> readings = NameQuery.parse("Smith John").readings();
        assertTrue(readings.stream().anyMatch(r -> r.surnameWhole().equals("SMITH") && "JOHN".equals(r.forename())));
        assertTrue(readings.stream().anyMatch(r -> r.surnameWhole().equals("SMITHJOHN") && !r.hasForename()));
    }

    @Test
    void aSurnameTypedInPartsIsReadAsOneSurname() {
        assertTrue(NameQuery.parse("Siobhan O Brien").readings().stream()
                .anyMatch(r -> r.surnameWhole().equals("OBRIEN") && "SIOBHAN".equals(r.forename())));
    }

    @Test
    void accentsAndApostrophesAreIgnoredInTheQueryToo() {
        NameQuery.Reading reading = NameQuery.parse("O'Brien, Zo\u00eb").readings().get(0);
        assertEquals("OBRIEN", reading.surnameWhole());
        assertEquals("ZOE", reading.forename());
    }

    @Test
    void aCommaWithNothingAfterItIsJustASurname() {
        NameQuery.Reading reading = NameQuery.parse("Smith,").readings().get(0);
        assertNull(reading.forename());
    }

    @Test
    void punctuationAloneFindsNobody() {
        assertTrue(NameQuery.parse(" ' - ").isEmpty());
        assertTrue(NameQuery.parse(", John").isEmpty());
    }
}
