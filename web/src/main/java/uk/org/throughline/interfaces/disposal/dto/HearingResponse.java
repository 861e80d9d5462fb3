package uk.org.throughline.interfaces.disposal.dto;

import java.time.LocalDate;

/** A hearing listed or held; {@code result} only once it has been held. */
public record HearingResponse(long id, LocalDate hearingDate, String court, String result) {
}
