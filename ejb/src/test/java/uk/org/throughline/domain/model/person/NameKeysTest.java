package uk.org.throughline.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void spellingsThatNormaliseAlikeGetTheSameKeys() {
        assertEquals(NameKeys.forName(NameSource.PRIMARY, null, "O'Brien", "Zo\u00eb"),
                NameKeys.forName(NameSource.PRIMARY, null, "obrien", "ZOE"));
        assertEquals(NameKeys.forName(NameSource.PRIMARY, null, "Hughes", "Si\u00e2n"),
                NameKeys.forName(NameSource.PRIMARY, null, "HUGHES", "sian"));
    }

    @Test
    void namesThatSoundAlikeShareAPrimaryKey() {
        assertEquals(NameKeys.primaryKey("SMITH"), NameKeys.primaryKey("SMYTH"));
        assertEquals(NameKeys.primaryKey("JOHN"), NameKeys.primaryKey("JON"));
    }

    @Test
    void aTypedNameIsLookedUpUnderItsAlternateSoundToo() {
        // SCHMIDT is stored under its primary key, one of SMITH's two keys
        assertTrue(NameKeys.surnameLookupKeys("Smith").contains(NameKeys.primaryKey("SCHMIDT")));
    }

    @Test
    void aHyphenatedForenameIsIndexedUnderEachPartAndTheWhole() {
        List<String> forenames = NameKeys.forName(NameSource.PRIMARY, null, "Livename", "Jean-Luc Marc").stream()
                .map(PersonNameKey::forename).toList();
        assertEquals(List.of("JEAN", "LUC", "JEANLUC", "MARC"), forenames);
        String typedJoined = NameQuery.parse("jeanluc livename").readings().get(0).forename();
        assertTrue(forenames.contains(typedJoined), typedJoined);
    }

    @Test
    void forenamesApartAreNotJoined() {
        assertEquals(List.of("JOHN", "PAUL"), NameKeys.forName(NameSource.PRIMARY, null, "Smith", "John Paul").stream()
                .map(PersonNameKey::forename).toList());
    }

    @Test
    void aDoubleBarrelledSurnameIsIndexedUnderEachPartAndTheWhole() {
        Set<String> variants = Set.copyOf(NameKeys.forName(NameSource.PRIMARY, null, "Smith-Jones", "Kerry").stream()
                .map(PersonNameKey::surnamePart).toList());
        assertEquals(Set.of("SMITH", "JONES", "SMITHJONES"), variants);
    }

    @Test
    void aDoubleBarrelledSurnameIsFoundFromEitherPartOrTheWhole() {
        List<String> stored = NameKeys.forName(NameSource.PRIMARY, null, "Smith-Jones", "Kerry").stream()
                .map(PersonNameKey::surnameKey).toList();
        for (String typed : List.of("Smith", "Jones", "SMITHJONES", "Smith Jones")) {
            assertTrue(NameKeys.surnameLookupKeys(typed).stream().anyMatch(stored::contains), typed);
        }
    }

    @Test
    void everyForenameIsPairedWithTheSurname() {
        List<PersonNameKey> rows = NameKeys.forName(NameSource.PRIMARY, null, "Walsh", "Liam Patrick");
        assertEquals(List.of("LIAM", "PATRICK"), rows.stream().map(PersonNameKey::forename).toList());
    }

    @Test
    void anAliasWithoutForenamesIsStillIndexed() {
        List<PersonNameKey> rows = NameKeys.forName(NameSource.ALIAS, 7L, "Smyth", null);
        assertEquals(1, rows.size());
        assertEquals("", rows.get(0).forename());
        assertEquals(7L, rows.get(0).aliasId());
    }

    @Test
    void aWordWithNoLettersHasNoKey() {
        assertNull(NameKeys.primaryKey(""));
        assertFalse(NameKeys.phoneticKeys("SMITH").isEmpty());
    }
}
