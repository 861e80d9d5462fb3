package uk.org.throughline.interfaces.admin.dto;

import uk.org.throughline.application.demo.SyntheticProgrammeHistory;

/** How much synthetic programme history was added and how long it took. */
public record SyntheticProgrammesResponse(int referrals, int cohorts, int sessions, int attendanceRecords,
        int enforcementActions, long millis) {

    public static SyntheticProgrammesResponse of(SyntheticProgrammeHistory history) {
        return new SyntheticProgrammesResponse(history.referrals(), history.cohorts(), history.sessions(),
                history.attendanceRecords(), history.enforcementActions(), history.millis());
    }
}
