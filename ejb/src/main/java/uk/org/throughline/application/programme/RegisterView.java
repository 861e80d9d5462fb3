package uk.org.throughline.application.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.OutcomeCode;

/**
 * A session's register: everyone on it, marked or not. {@code started} says whether it can be
 * marked yet; {@code actions} says what saving it did beyond the marks (warnings, breach referrals,
 * cautions failed, tasks, disclosures raised).
 */
public record RegisterView(SessionView session, boolean started, List<Line> lines, List<String> actions) {

    public RegisterView {
        lines = List.copyOf(lines);
        actions = List.copyOf(actions);
    }

    /**
     * One person's line; the mark and what goes with it are null while unmarked.
     *
     * @param evidenceDueBy while an absence awaits evidence, the last working day to show a reasonable excuse
     * @param corrections   how many times the line was changed after it was first recorded
     */
    public record Line(long referralId, long personId, String personName, AttendanceMark mark, OutcomeCode outcome,
            boolean failedToComply, String absenceReason, String engagementNotes, boolean disclosureOrConcern,
            String recordedBy, Instant recordedAt, int corrections, LocalDate evidenceDueBy) {
    }
}
