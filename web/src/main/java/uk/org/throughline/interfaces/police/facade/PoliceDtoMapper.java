package uk.org.throughline.interfaces.police.facade;

import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.application.police.PoliceWorklist;
import uk.org.throughline.interfaces.police.dto.ChronologyEntryResponse;
import uk.org.throughline.interfaces.police.dto.WorklistBailResponse;
import uk.org.throughline.interfaces.police.dto.WorklistCautionResponse;
import uk.org.throughline.interfaces.police.dto.WorklistResponse;
import uk.org.throughline.interfaces.shared.UkDates;

/** Converts the police worklist and a person's chronology to the API's JSON. */
public final class PoliceDtoMapper {

    private PoliceDtoMapper() {
    }

    public static WorklistResponse toResponse(PoliceWorklist.Worklist worklist) {
        return new WorklistResponse(worklist.today(),
                worklist.cautionsDue().stream().map(PoliceDtoMapper::toResponse).toList(),
                worklist.awaitingDecision().stream().map(PoliceDtoMapper::toResponse).toList(),
                worklist.timeLimitsApproaching().stream().map(PoliceDtoMapper::toResponse).toList(),
                worklist.bailExpiring().stream()
                        .map(b -> new WorklistBailResponse(b.arrestId(), b.personId(), b.personName(),
                                b.policeReference(), b.condition(), b.expiresOn()))
                        .toList());
    }

    public static ChronologyEntryResponse toResponse(PersonChronology.Entry entry) {
        return new ChronologyEntryResponse(entry.date(),
                entry.time() == null ? null : entry.date().atTime(entry.time()).atZone(UkDates.LONDON).toOffsetDateTime(),
                entry.kind(), entry.kind().label(), entry.summary(), entry.recordType(), entry.recordId());
    }

    private static WorklistCautionResponse toResponse(PoliceWorklist.CautionItem item) {
        return new WorklistCautionResponse(item.cautionId(), item.personId(), item.personName(),
                item.policeReference(), item.offenceDescription(), item.complianceDeadline(), item.status(),
                item.chargeBy(), item.note());
    }
}
