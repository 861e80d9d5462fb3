package uk.org.throughline.interfaces.admin.dto;

import java.util.List;

/** The elapsed nanoseconds of each run, surname by surname in the order given. */
public record DirectSearchTimingResponse(List<Long> nanos) {
}
