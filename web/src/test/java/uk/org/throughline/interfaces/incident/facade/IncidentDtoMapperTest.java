package uk.org.throughline.interfaces.incident.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.police.IncidentForm;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.interfaces.incident.dto.IncidentRequest;
import uk.org.throughline.interfaces.incident.dto.InvolvedPersonDto;

class IncidentDtoMapperTest {

    @Test
    void takesFlagsAndOffencesLeftOutAsNoAndNone() {
        IncidentForm form = IncidentDtoMapper.toForm(request(List.of(new InvolvedPersonDto(7L, null, InvolvementRole.SUSPECT))));

        assertFalse(form.childrenPresent());
        assertFalse(form.crime());
        assertEquals(List.of(), form.offences());
    }

    @Test
    void dropsEmptyRowsAndKeepsEachPersonsRole() {
        IncidentForm form = IncidentDtoMapper.toForm(request(Arrays.asList(
                new InvolvedPersonDto(7L, "ignored", InvolvementRole.SUSPECT), null,
                new InvolvedPersonDto(8L, null, InvolvementRole.VICTIM))));

        assertEquals(List.of(new IncidentForm.Involved(7L, InvolvementRole.SUSPECT),
                new IncidentForm.Involved(8L, InvolvementRole.VICTIM)), form.people());
    }

    @Test
    void recordsTheTimeAsTheLondonClockShowedIt() {
        IncidentForm form = IncidentDtoMapper.toForm(request(List.of()));

        assertEquals(LocalDateTime.of(2026, 7, 1, 22, 40), form.occurredAt());
    }

    private static IncidentRequest request(List<InvolvedPersonDto> people) {
        return new IncidentRequest(null, "NP/26/1", OffsetDateTime.parse("2026-07-01T21:40:00Z"), "Home",
                Set.of(AbuseType.PHYSICAL), RelationshipType.CURRENT_INTIMATE_PARTNER, people, null, null, null,
                DashLevel.STANDARD, null);
    }
}
