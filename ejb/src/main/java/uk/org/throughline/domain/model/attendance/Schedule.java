package uk.org.throughline.domain.model.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The sessions a pattern gives, and the bank holidays it stepped over on the way. */
public record Schedule(List<Planned> sessions, List<Skipped> skipped) {

    public Schedule {
        sessions = List.copyOf(sessions);
        skipped = List.copyOf(skipped);
    }

    /** Session {@code number} (from 1) of the programme. */
    public record Planned(int number, LocalDate date, LocalTime startTime, LocalTime endTime) {
    }

    /** A day the pattern would have used but is a bank holiday: the session moved a week on. */
    public record Skipped(LocalDate date, String holiday) {
    }
}
