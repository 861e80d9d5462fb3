package uk.org.throughline.domain.model.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * A regular pattern of sessions, e.g. weekly on Tuesdays at 18:00 for 17 sessions from 06/01/2026.
 *
 * @param from            the first session is on the first {@code day} on or after this date
 * @param weeksBetween    1 for weekly; Project PIPA's workshops are 4 weeks apart
 */
public record SessionPattern(LocalDate from, DayOfWeek day, LocalTime startTime, int sessionMinutes,
        int sessionCount, int weeksBetween) {

    public SessionPattern {
        Fields.required(from, "from", "Enter the date to start from");
        Fields.required(day, "day", "Select the day of the week");
        Fields.required(startTime, "startTime", "Enter the start time");
        if (sessionCount < 1) {
            throw new InvalidFieldException("sessionCount", "Plan at least one session");
        }
        if (weeksBetween < 1) {
            throw new InvalidFieldException("weeksBetween", "Sessions are at least a week apart");
        }
        if (sessionMinutes < 1 || !startTime.plusMinutes(sessionMinutes).isAfter(startTime)) {
            throw new InvalidFieldException("startTime", "A session must end by midnight of the day it starts");
        }
    }

    /** The programme's own shape: all its sessions, their length and spacing. */
    public static SessionPattern of(Programme programme, LocalDate from, DayOfWeek day, LocalTime startTime) {
        return new SessionPattern(from, day, startTime, programme.sessionMinutes(), programme.sessionCount(),
                programme.weeksBetweenSessions());
    }

    /**
     * The dates of the sessions. A session that would fall on a bank holiday moves to the same day a
     * week later, and the sessions after it keep their spacing from there.
     *
     * @throws uk.org.throughline.domain.shared.BusinessException if a session would fall beyond the
     *         years the bank holiday table covers
     */
    public Schedule plan(BankHolidays holidays) {
        List<Schedule.Planned> sessions = new ArrayList<>();
        List<Schedule.Skipped> skipped = new ArrayList<>();
        LocalTime endTime = startTime.plusMinutes(sessionMinutes);
        LocalDate date = from.with(TemporalAdjusters.nextOrSame(day));
        for (int number = 1; number <= sessionCount; number++) {
            for (Optional<String> holiday = holidays.on(date); holiday.isPresent(); holiday = holidays.on(date)) {
                skipped.add(new Schedule.Skipped(date, holiday.get()));
                date = date.plusWeeks(1);
            }
            sessions.add(new Schedule.Planned(number, date, startTime, endTime));
            date = date.plusWeeks(weeksBetween);
        }
        return new Schedule(sessions, skipped);
    }
}
