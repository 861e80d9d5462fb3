package uk.org.throughline.application.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;

/** What is entered to set up a cohort and plan its sessions. */
public final class CohortForms {

    private CohortForms() {
    }

    /** @param capacity null for the programme's own */
    public record CohortForm(
            @NotNull(message = "Select the programme") Long programmeId,
            @NotBlank(message = "Name the cohort")
            @Size(max = ProgrammeFieldLengths.NAME, message = "The name is at most {max} characters") String name,
            @NotBlank(message = "Enter where the sessions are held")
            @Size(max = ProgrammeFieldLengths.VENUE, message = "The venue is at most {max} characters") String venue,
            Integer capacity,
            @NotEmpty(message = "Name at least one facilitator") Set<String> facilitators) {
    }

    /** Every session of the programme, e.g. weekly on Tuesdays at 18:00 from the first Tuesday on or after {@code from}. */
    public record ScheduleForm(
            @NotNull(message = "Enter the date to start from") LocalDate from,
            @NotNull(message = "Select the day of the week") DayOfWeek day,
            @NotNull(message = "Enter the start time") LocalTime startTime) {
    }

    public record RescheduleForm(
            @NotNull(message = "Enter the new date") LocalDate date,
            @NotNull(message = "Enter the start time") LocalTime startTime,
            @NotBlank(message = "Say why the session is moving")
            @Size(max = ProgrammeFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }

    /** A catch-up of a missed session for the referrals named. */
    public record CatchUpForm(
            @NotEmpty(message = "Choose who the catch-up is for") List<Long> referralIds,
            @NotNull(message = "Enter the date of the catch-up") LocalDate date,
            @NotNull(message = "Enter the start time") LocalTime startTime) {
    }
}
