package uk.org.throughline.interfaces.police.facade;

import uk.org.throughline.application.police.PersonChronology;
import uk.org.throughline.interfaces.police.dto.ChronologyEntryResponse;
import uk.org.throughline.interfaces.shared.UkDates;

/** Converts a person's chronology to the API's JSON; the police worklist goes out as it is. */
public final class PoliceDtoMapper {

    private PoliceDtoMapper() {
    }

    public static ChronologyEntryResponse toResponse(PersonChronology.Entry entry) {
        return new ChronologyEntryResponse(entry.date(),
                entry.time() == null ? null : entry.date().atTime(entry.time()).atZone(UkDates.LONDON).toOffsetDateTime(),
                entry.kind(), entry.kind().label(), entry.summary(), entry.recordType(), entry.recordId());
    }
}
