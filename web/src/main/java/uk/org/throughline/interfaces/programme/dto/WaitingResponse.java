package uk.org.throughline.interfaces.programme.dto;

import java.time.LocalDate;

/** Someone on a programme's waiting list. */
public record WaitingResponse(long referralId, long personId, String personName, LocalDate waitingSince,
        long daysWaiting) {
}
