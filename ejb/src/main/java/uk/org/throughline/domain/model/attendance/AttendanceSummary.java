package uk.org.throughline.domain.model.attendance;

import java.util.List;

/**
 * How many sessions had each mark, as the referral page and the end-of-programme report show it;
 * {@code failedToComply} counts the sessions attended but not complied with.
 */
public record AttendanceSummary(int attended, int late, int leftEarly, int absentAcceptable, int absentUnacceptable,
        int awaitingEvidence, int failedToComply) {

    /** @param marks one per session, with whether the person failed to comply while there */
    public static AttendanceSummary of(List<Mark> marks) {
        return new AttendanceSummary(count(marks, AttendanceMark.ATTENDED), count(marks, AttendanceMark.LATE),
                count(marks, AttendanceMark.LEFT_EARLY), count(marks, AttendanceMark.ABSENT_ACCEPTABLE),
                count(marks, AttendanceMark.ABSENT_UNACCEPTABLE),
                count(marks, AttendanceMark.ABSENT_AWAITING_EVIDENCE),
                (int) marks.stream().filter(mark -> mark.mark().present() && mark.failedToComply()).count());
    }

    private static int count(List<Mark> marks, AttendanceMark which) {
        return (int) marks.stream().filter(mark -> mark.mark() == which).count();
    }

    public record Mark(AttendanceMark mark, boolean failedToComply) {
    }
}
