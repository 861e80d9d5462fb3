package uk.org.throughline.domain.model.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.shared.InvalidFieldException;

class VictimRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final long HER = 40;
    private static final long HIM = 41;

    private static VictimDetails consent(Consent consent, LocalDate on) {
        return new VictimDetails("partner.demo", "07700 900417", null, false, null, null, null, null, null, null, false,
                null, false, consent, on);
    }

    private static VictimRecord record(VictimDetails details) {
        return new VictimRecord(HER, details, List.of(new PerpetratorLink(HIM, RelationshipType.FORMER_INTIMATE_PARTNER)),
                List.of(), TODAY, NOW);
    }

    @Test
    void consentIsGivenAndWithdrawnEachOnItsDayAndWithdrawalKeepsTheDayItWasGiven() {
        VictimRecord victim = record(consent(Consent.GIVEN, LocalDate.of(2026, 10, 1)));
        victim.correct(consent(Consent.WITHDRAWN, LocalDate.of(2026, 11, 2)), victim.perpetrators(), List.of(), TODAY,
                NOW);
        assertEquals(Consent.WITHDRAWN, victim.consent());
        assertEquals(LocalDate.of(2026, 10, 1), victim.consentGivenOn());
        assertEquals(LocalDate.of(2026, 11, 2), victim.consentWithdrawnOn());
        victim.correct(consent(Consent.GIVEN, TODAY), victim.perpetrators(), List.of(), TODAY, NOW);
        assertEquals(TODAY, victim.consentGivenOn());
        assertNull(victim.consentWithdrawnOn());
    }

    @Test
    void consentIsNeverWithdrawnBeforeItWasGivenNorUnrecorded() {
        assertEquals("consent", assertThrows(InvalidFieldException.class,
                () -> record(consent(Consent.WITHDRAWN, TODAY))).field());
        VictimRecord victim = record(consent(Consent.GIVEN, TODAY));
        assertEquals("consentOn", assertThrows(InvalidFieldException.class, () -> victim.correct(
                consent(Consent.WITHDRAWN, TODAY.minusDays(1)), victim.perpetrators(), List.of(), TODAY, NOW)).field());
        assertEquals("consent", assertThrows(InvalidFieldException.class, () -> victim.correct(
                consent(Consent.NOT_ASKED, null), victim.perpetrators(), List.of(), TODAY, NOW)).field());
        assertEquals("consentOn", assertThrows(InvalidFieldException.class,
                () -> record(consent(Consent.GIVEN, TODAY.plusDays(1)))).field());
    }

    @Test
    void aRefugeNeedsItsAddressAndAnAddressItsTown() {
        assertEquals("addressLine1", assertThrows(InvalidFieldException.class, () -> record(new VictimDetails(null, null,
                null, false, null, null, null, null, null, null, true, null, false, Consent.NOT_ASKED, null))).field());
        assertEquals("addressTown", assertThrows(InvalidFieldException.class, () -> record(new VictimDetails(null, null,
                null, false, null, null, "The Haven", null, null, null, true, null, false, Consent.NOT_ASKED, null)))
                .field());
    }

    @Test
    void sheIsNeverHerOwnPerpetratorAndHeIsLinkedOnce() {
        VictimDetails details = consent(Consent.NOT_ASKED, null);
        assertEquals("perpetrators", assertThrows(InvalidFieldException.class, () -> new VictimRecord(HER, details,
                List.of(new PerpetratorLink(HER, RelationshipType.CURRENT_INTIMATE_PARTNER)), List.of(), TODAY, NOW))
                .field());
        assertEquals("perpetrators", assertThrows(InvalidFieldException.class, () -> new VictimRecord(HER, details,
                List.of(new PerpetratorLink(HIM, RelationshipType.CURRENT_INTIMATE_PARTNER),
                        new PerpetratorLink(HIM, RelationshipType.FORMER_INTIMATE_PARTNER)), List.of(), TODAY, NOW))
                .field());
    }
}
