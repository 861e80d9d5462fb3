package uk.org.throughline.application.demo;

/** How much synthetic programme history was written, and how long it took. */
public record SyntheticProgrammeHistory(int referrals, int cohorts, int sessions, int attendanceRecords,
        int enforcementActions, long millis) {
}
