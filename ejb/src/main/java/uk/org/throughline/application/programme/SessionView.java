package uk.org.throughline.application.programme;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A programme session as a list shows it. {@code catchUpForId} names the session a catch-up repeats;
 * {@code unmarked} counts the people on its register not yet marked.
 */
public record SessionView(long id, long version, long cohortId, String cohortName, String programmeName,
        String venue, int number, String moduleName, LocalDate date, LocalTime startTime, LocalTime endTime,
        Long catchUpForId, LocalDate rescheduledFrom, String rescheduleReason, String description, int registerSize,
        int unmarked) {
}
