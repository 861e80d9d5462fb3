package uk.org.throughline.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;

class PersonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static PersonDetails details(String surname, String forenames, LocalDate born) {
        return new PersonDetails(surname, forenames, born, Gender.MALE, Ethnicity.W1, Disability.NOT_KNOWN, null,
                false, null);
    }

    private static Person person(String surname, String forenames) {
        return new Person(details(surname, forenames, LocalDate.of(1980, 5, 12)), NOW);
    }

    @Test
    void aSurnameIsRequired() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new Person(details("  ", "John", null), NOW));
        assertEquals("surname", refused.field());
    }

    @Test
    void forenamesAreRequired() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new Person(details("Smith", null, null), NOW));
        assertEquals("forenames", refused.field());
    }

    @Test
    void aDateOfBirthCannotBeInTheFuture() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new Person(details("Smith", "John", LocalDate.of(2026, 3, 2)), NOW));
        assertEquals("dateOfBirth", refused.field());
    }

    @Test
    void anAddressCannotEndBeforeItStarts() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new Address("1 High Street",
                null, "Corby", "NN17 1AA", LocalDate.of(2020, 5, 1), LocalDate.of(2020, 4, 30)));
        assertEquals("addresses", refused.field());
    }

    @Test
    void anAddressMayStartAndEndOnTheSameDay() {
        LocalDate day = LocalDate.of(2020, 5, 1);
        assertTrue(new Address("1 High Street", null, "Corby", null, day, day).isCurrentOn(day));
    }

    @Test
    void postcodesAreWrittenTheUsualWay() {
        assertEquals("NN1 4AW", new Address("14 Kettering Road", null, "Northampton", "nn14aw",
                LocalDate.of(2019, 6, 1), null).postcode());
    }

    @Test
    void theCurrentAddressIsTheLastOneMovedInto() {
        Person person = person("Smith", "John");
        person.replaceAddresses(List.of(
                new Address("1 Old Road", null, "Corby", null, LocalDate.of(2010, 1, 1), null),
                new Address("2 New Road", null, "Kettering", null, LocalDate.of(2020, 1, 1), null),
                new Address("3 Past Road", null, "Daventry", null, LocalDate.of(2000, 1, 1),
                        LocalDate.of(2009, 12, 31))), NOW);
        assertEquals("Kettering", person.addressOn(LocalDate.of(2026, 3, 1)).orElseThrow().town());
    }

    @Test
    void anAliasThatRepeatsTheOwnNameIsLeftOut() {
        Person person = person("O'Brien", "Daniel");
        person.replaceAliases(List.of(new Alias("OBRIEN", "daniel"), new Alias("O'Brian", "Danny")), NOW);
        assertEquals(List.of("O'BRIAN, Danny"), person.aliases().stream().map(Alias::displayName).toList());
    }

    @Test
    void theNameKeysCoverOwnNameAndAliases() {
        Person person = person("Smith", "John");
        person.replaceAliases(List.of(new Alias("Smyth", "Jon")), NOW);
        assertTrue(person.nameKeys().stream().anyMatch(key -> key.source() == NameSource.ALIAS
                && key.surnamePart().equals("SMYTH")));
        assertTrue(person.nameKeys().stream().anyMatch(key -> key.source() == NameSource.PRIMARY
                && key.surnamePart().equals("SMITH")));
    }

    @Test
    void mergingMakesTheDuplicatesNameAnAliasAndRetiresIt() {
        Person survivor = person("Smith", "John");
        Person duplicate = person("Smyth", "Jon");
        duplicate.replaceAddresses(List.of(new Address("9 Brookside", null, "Northampton", "NN3 6HB",
                LocalDate.of(2012, 1, 9), null)), NOW);
        duplicate.replaceWarningMarkers(List.of(new WarningMarker(WarningMarkerType.VIOLENCE, null, PoliceText.NONE)),
                NOW);

        survivor.absorb(duplicate, NOW);

        assertEquals(List.of("SMYTH, Jon"), survivor.aliases().stream().map(Alias::displayName).toList());
        assertEquals(1, survivor.addresses().size());
        assertEquals(1, survivor.warningMarkers().size());
        assertTrue(duplicate.isRetired());
        assertEquals(survivor, duplicate.mergedInto().orElseThrow());
        assertFalse(survivor.isRetired());
    }

    @Test
    void aRecordCannotBeMergedIntoItself() {
        Person person = person("Smith", "John");
        assertThrows(BusinessException.class, () -> person.absorb(person, NOW));
    }

    @Test
    void aRetiredRecordCannotBeMergedAgainOrChanged() {
        Person survivor = person("Smith", "John");
        Person duplicate = person("Smyth", "Jon");
        survivor.absorb(duplicate, NOW);
        assertThrows(BusinessException.class, () -> person("Smith", "Johnny").absorb(duplicate, NOW));
        assertThrows(BusinessException.class,
                () -> duplicate.correctDetails(details("Smyth", "Jonathan", null), NOW));
    }

    @Test
    void displayNamePutsTheSurnameInCapitals() {
        assertEquals("SMITH-JONES, Kerry", person("Smith-Jones", "Kerry").displayName());
    }
}
