package uk.org.throughline.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.attendance.AttendanceSummary.Mark;

class AttendanceSummaryTest {

    @Test
    void countsEachMarkOnceAndAttendedButFailedToComplySeparately() {
        AttendanceSummary attendance = AttendanceSummary.of(List.of(new Mark(AttendanceMark.ATTENDED, false),
                new Mark(AttendanceMark.LATE, true), new Mark(AttendanceMark.ABSENT_AWAITING_EVIDENCE, false),
                new Mark(AttendanceMark.ABSENT_UNACCEPTABLE, false), new Mark(AttendanceMark.RESCHEDULED, false)));

        assertEquals(new AttendanceSummary(1, 1, 0, 0, 1, 1, 1), attendance);
    }
}
