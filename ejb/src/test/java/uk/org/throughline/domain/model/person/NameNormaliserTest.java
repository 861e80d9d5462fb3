package uk.org.throughline.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    @Test
    void apostrophesAndCaseDoNotMatter() {
        assertEquals("OBRIEN", NameNormaliser.joined("O'Brien"));
        assertEquals("OBRIEN", NameNormaliser.joined("obrien"));
        assertEquals("OBRIEN", NameNormaliser.joined("O\u2019BRIEN"));
    }

    @Test
    void accentsAreRemoved() {
        assertEquals("ZOE", NameNormaliser.joined("Zo\u00eb"));
        assertEquals("SIAN", NameNormaliser.joined("Si\u00e2n"));
        assertEquals("RENEE", NameNormaliser.joined("Ren\u00e9e"));
    }

    @Test
    void lettersWithoutAnAccentToRemoveGetTheirPlainSpelling() {
        assertEquals("LUKASZ", NameNormaliser.joined("\u0141ukasz"));
        assertEquals("SORENSEN", NameNormaliser.joined("S\u00f8rensen"));
    }

    @Test
    void hyphensAndSpacesSeparateTheParts() {
        assertEquals(List.of("SMITH", "JONES"), NameNormaliser.parts("Smith-Jones"));
        assertEquals(List.of("SMITH", "JONES"), NameNormaliser.parts("  smith   jones "));
        assertEquals("SMITHJONES", NameNormaliser.joined("Smith-Jones"));
        assertEquals("SMITHJONES", NameNormaliser.joined("smith jones"));
    }

    @Test
    void nothingToMatchInPunctuationOrNothing() {
        assertTrue(NameNormaliser.parts(" - ' ").isEmpty());
        assertTrue(NameNormaliser.parts(null).isEmpty());
    }
}
