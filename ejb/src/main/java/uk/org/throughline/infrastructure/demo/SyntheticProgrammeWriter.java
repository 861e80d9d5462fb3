package uk.org.throughline.infrastructure.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.EnforcementKind;
import uk.org.throughline.domain.model.programme.CohortStatus;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.InstantConverter;

/**
 * Writes a county's programme history straight to the tables in JDBC batches, for benchmarks on
 * a realistically filled database: for each group, a finished Caring Dads cohort of ten fathers
 * with its 17 weekly sessions, every register line (with its audit row) and a case-worker task for
 * each unacceptable absence; a finished YUVA one-to-one of 12 sessions; and eight referrals still on
 * the waiting list. The people are drawn from the person index. Same seed, same history.
 */
public final class SyntheticProgrammeWriter {

    static final int FATHERS_PER_COHORT = 10;
    static final int WAITING_PER_GROUP = 8;
    private static final int CARING_DADS_SESSIONS = 17;
    private static final int YUVA_SESSIONS = 12;
    private static final LocalTime STARTS = LocalTime.of(18, 0);
    private static final LocalTime ENDS = LocalTime.of(20, 0);
    /** Synthetic staff, so no demo user's worklists fill with history. */
    private static final int FACILITATORS = 20;
    private static final int CASE_WORKERS = 60;

    private static final String INSERT_COHORT = "INSERT INTO cohort (id, version, programme_id, name, venue, capacity, "
            + "status, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FACILITATOR = "INSERT INTO cohort_facilitator (cohort_id, username) VALUES (?, ?)";
    private static final String INSERT_SESSION = "INSERT INTO programme_session (id, version, cohort_id, session_number, "
            + "session_date, start_time, end_time, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REFERRAL = "INSERT INTO programme_referral (id, version, person_id, "
            + "programme_name, route, status, referred_on, referred_by, created_at, programme_id, status_changed_on, "
            + "child_protection_plan_ref, case_worker, risk_level, cohort_id) "
            + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MEDIUM', ?)";
    private static final String INSERT_STATUS_CHANGE = "INSERT INTO referral_status_change (referral_id, position, "
            + "status, changed_on, changed_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ATTENDANCE = "INSERT INTO attendance_record (id, session_id, referral_id, mark, "
            + "failed_to_comply, absence_reason, disclosure_or_concern, recorded_by, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)";
    private static final String INSERT_ENFORCEMENT = "INSERT INTO enforcement_action (id, version, referral_id, "
            + "attendance_record_id, kind, failed_on, decided_on, decided_by, reason, assigned_to, resolved_on, "
            + "resolved_by, resolution, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "INSERT INTO audit_entry (occurred_at, username, action, record_type, "
            + "record_id, summary) VALUES (?, ?, 'CREATE', 'AttendanceRecord', ?, ?)";

    /** How much history one run wrote. */
    public record Written(int referrals, int cohorts, int sessions, int attendanceRecords, int enforcementActions) {
    }

    private record Programme(long id, String name) {
    }

    /** The statements of one run, and the next free id of each table. */
    private static final class Batch {
        final PreparedStatement cohort;
        final PreparedStatement facilitator;
        final PreparedStatement session;
        final PreparedStatement referral;
        final PreparedStatement statusChange;
        final PreparedStatement attendance;
        final PreparedStatement enforcement;
        final PreparedStatement audit;
        long nextCohort;
        long nextSession;
        long nextReferral;
        long nextAttendance;
        long nextEnforcement;
        final Timestamp created;

        Batch(Connection connection, Timestamp created) throws SQLException {
            cohort = connection.prepareStatement(INSERT_COHORT);
            facilitator = connection.prepareStatement(INSERT_FACILITATOR);
            session = connection.prepareStatement(INSERT_SESSION);
            referral = connection.prepareStatement(INSERT_REFERRAL);
            statusChange = connection.prepareStatement(INSERT_STATUS_CHANGE);
            attendance = connection.prepareStatement(INSERT_ATTENDANCE);
            enforcement = connection.prepareStatement(INSERT_ENFORCEMENT);
            audit = connection.prepareStatement(INSERT_AUDIT);
            this.created = created;
        }

        /** In foreign-key order. */
        void execute() throws SQLException {
            for (PreparedStatement statement : List.of(cohort, facilitator, session, referral, statusChange, attendance,
                    enforcement, audit)) {
                statement.executeBatch();
            }
        }

        void close() throws SQLException {
            for (PreparedStatement statement : List.of(cohort, facilitator, session, referral, statusChange, attendance,
                    enforcement, audit)) {
                statement.close();
            }
        }
    }

    /**
     * Adds {@code groups} groups of history on the connection, committing each group; takes the
     * connection out of auto-commit and leaves it so.
     *
     * @param now when the rows say they were created; "today" for the history's dates is its day in London
     */
    public Written write(Connection connection, int groups, long seed, Instant now) throws SQLException {
        connection.setAutoCommit(false);
        List<Long> people = personIds(connection);
        int fathers = groups * (FATHERS_PER_COHORT + 1 + WAITING_PER_GROUP);
        if (people.size() < fathers) {
            throw new InvalidFieldException("groups", fathers + " people are needed for " + groups
                    + " groups; the index has " + people.size());
        }
        Programme caringDads = programme(connection, "Caring Dads");
        Programme yuva = programme(connection, "YUVA");
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = UkDate.dayOf(now);
        Batch batch = new Batch(connection, InstantConverter.toUtcTimestamp(now));
        batch.nextCohort = SyntheticPopulationWriter.reserveIds(connection, "cohort", 2 * groups);
        batch.nextSession = SyntheticPopulationWriter.reserveIds(connection, "programme_session",
                groups * (CARING_DADS_SESSIONS + YUVA_SESSIONS));
        batch.nextReferral = SyntheticPopulationWriter.reserveIds(connection, "programme_referral", fathers);
        int lines = groups * (FATHERS_PER_COHORT * CARING_DADS_SESSIONS + YUVA_SESSIONS);
        batch.nextAttendance = SyntheticPopulationWriter.reserveIds(connection, "attendance_record", lines);
        batch.nextEnforcement = SyntheticPopulationWriter.reserveIds(connection, "enforcement_action", lines);
        long firstAttendance = batch.nextAttendance;
        long firstEnforcement = batch.nextEnforcement;
        Set<Long> chosen = new HashSet<>();
        try {
            for (int group = 0; group < groups; group++) {
                // finished between 4 weeks and 2 years ago
                LocalDate start = today.minusWeeks(CARING_DADS_SESSIONS + 4 + random.nextInt(100));
                String facilitator = "facilitator.synthetic" + random.nextInt(FACILITATORS);
                List<Long> men = new ArrayList<>();
                for (int i = 0; i < FATHERS_PER_COHORT + 1 + WAITING_PER_GROUP; i++) {
                    men.add(draw(people, chosen, random));
                }
                writeCohort(batch, random, caringDads, "Synthetic Caring Dads " + seed + "/" + group,
                        ReferralRoute.CHILDRENS_SOCIAL_CARE, men.subList(0, FATHERS_PER_COHORT), start,
                        CARING_DADS_SESSIONS, facilitator);
                writeCohort(batch, random, yuva, "Synthetic YUVA " + seed + "/" + group,
                        ReferralRoute.YOUTH_OFFENDING_TEAM, men.subList(FATHERS_PER_COHORT, FATHERS_PER_COHORT + 1),
                        start.plusDays(random.nextInt(7)), YUVA_SESSIONS, facilitator);
                for (long waiting : men.subList(FATHERS_PER_COHORT + 1, men.size())) {
                    LocalDate referredOn = today.minusDays(3 + random.nextInt(120));
                    writeReferral(batch, caringDads, waiting, ReferralRoute.VOLUNTARY, referredOn, null,
                            List.of(ReferralStatus.RECEIVED, ReferralStatus.SUITABLE, ReferralStatus.WAITING));
                }
                batch.execute();
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            batch.close();
        }
        return new Written(fathers, 2 * groups, groups * (CARING_DADS_SESSIONS + YUVA_SESSIONS),
                (int) (batch.nextAttendance - firstAttendance), (int) (batch.nextEnforcement - firstEnforcement));
    }

    /** A finished cohort: its sessions weekly from {@code start}, its people's referrals and every register line. */
    private static void writeCohort(Batch batch, SplittableRandom random, Programme programme, String name,
            ReferralRoute route, List<Long> people, LocalDate start, int sessionCount, String facilitator)
            throws SQLException {
        long cohortId = batch.nextCohort++;
        batch.cohort.setLong(1, cohortId);
        batch.cohort.setLong(2, programme.id());
        batch.cohort.setString(3, name);
        batch.cohort.setString(4, "Synthetic venue " + random.nextInt(30));
        batch.cohort.setInt(5, Math.max(1, people.size()));
        batch.cohort.setString(6, CohortStatus.CLOSED.name());
        batch.cohort.setTimestamp(7, batch.created);
        batch.cohort.setTimestamp(8, batch.created);
        batch.cohort.addBatch();
        batch.facilitator.setLong(1, cohortId);
        batch.facilitator.setString(2, facilitator);
        batch.facilitator.addBatch();

        List<Long> sessionIds = new ArrayList<>();
        for (int number = 1; number <= sessionCount; number++) {
            long sessionId = batch.nextSession++;
            sessionIds.add(sessionId);
            batch.session.setLong(1, sessionId);
            batch.session.setLong(2, cohortId);
            batch.session.setInt(3, number);
            batch.session.setDate(4, Date.valueOf(start.plusWeeks(number - 1L)));
            batch.session.setTime(5, Time.valueOf(STARTS));
            batch.session.setTime(6, Time.valueOf(ENDS));
            batch.session.setTimestamp(7, batch.created);
            batch.session.setTimestamp(8, batch.created);
            batch.session.addBatch();
        }
        for (long person : people) {
            long referralId = writeReferral(batch, programme, person, route, start.minusDays(40), cohortId,
                    List.of(ReferralStatus.RECEIVED, ReferralStatus.SUITABLE, ReferralStatus.WAITING,
                            ReferralStatus.ALLOCATED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED));
            for (int i = 0; i < sessionCount; i++) {
                writeLine(batch, random, referralId, sessionIds.get(i), start.plusWeeks(i), facilitator);
            }
        }
    }

    /** A referral with a dated step for each status given, the last its current one. */
    private static long writeReferral(Batch batch, Programme programme, long person,
            ReferralRoute route, LocalDate referredOn, Long cohortId, List<ReferralStatus> steps) throws SQLException {
        long referralId = batch.nextReferral++;
        String caseWorker = caseWorker(referralId);
        LocalDate changedOn = referredOn.plusDays(7L * (steps.size() - 1));
        PreparedStatement referral = batch.referral;
        referral.setLong(1, referralId);
        referral.setLong(2, person);
        referral.setString(3, programme.name());
        referral.setString(4, route.name());
        referral.setString(5, steps.get(steps.size() - 1).name());
        referral.setDate(6, Date.valueOf(referredOn));
        referral.setString(7, caseWorker);
        referral.setTimestamp(8, batch.created);
        referral.setLong(9, programme.id());
        referral.setDate(10, Date.valueOf(changedOn));
        referral.setString(11, route == ReferralRoute.CHILDRENS_SOCIAL_CARE ? "CP/SYN/" + referralId : null);
        referral.setString(12, caseWorker);
        referral.setObject(13, cohortId);
        referral.addBatch();
        for (int position = 0; position < steps.size(); position++) {
            batch.statusChange.setLong(1, referralId);
            batch.statusChange.setInt(2, position);
            batch.statusChange.setString(3, steps.get(position).name());
            batch.statusChange.setDate(4, Date.valueOf(referredOn.plusDays(7L * position)));
            batch.statusChange.setString(5, caseWorker);
            batch.statusChange.setTimestamp(6, batch.created);
            batch.statusChange.addBatch();
        }
        return referralId;
    }

    /**
     * One register line, mostly attended; an unacceptable absence (one in twenty) brings the
     * case-worker task the route's policy calls for, decided a week later.
     */
    private static void writeLine(Batch batch, SplittableRandom random, long referralId, long sessionId,
            LocalDate held, String facilitator) throws SQLException {
        int roll = random.nextInt(100);
        AttendanceMark mark = roll < 85 ? AttendanceMark.ATTENDED : roll < 90 ? AttendanceMark.LATE
                : roll < 95 ? AttendanceMark.ABSENT_ACCEPTABLE : AttendanceMark.ABSENT_UNACCEPTABLE;
        boolean failed = mark == AttendanceMark.ABSENT_UNACCEPTABLE;
        Timestamp recorded = InstantConverter.toUtcTimestamp(UkDate.instant(
                held.atTime(ENDS.plusMinutes(random.nextInt(120)))));
        long attendanceId = batch.nextAttendance++;
        PreparedStatement line = batch.attendance;
        line.setLong(1, attendanceId);
        line.setLong(2, sessionId);
        line.setLong(3, referralId);
        line.setString(4, mark.name());
        line.setBoolean(5, failed);
        line.setString(6, mark == AttendanceMark.ABSENT_ACCEPTABLE ? "Child unwell; message left before the session"
                : null);
        line.setString(7, facilitator);
        line.setTimestamp(8, recorded);
        line.addBatch();
        batch.audit.setTimestamp(1, recorded);
        batch.audit.setString(2, facilitator);
        batch.audit.setString(3, String.valueOf(attendanceId));
        batch.audit.setString(4, "Recorded a synthetic participant as \"" + mark.label() + "\"");
        batch.audit.addBatch();
        if (failed) {
            PreparedStatement action = batch.enforcement;
            action.setLong(1, batch.nextEnforcement++);
            action.setLong(2, referralId);
            action.setLong(3, attendanceId);
            action.setString(4, EnforcementKind.CASE_WORKER_TASK.name());
            action.setDate(5, Date.valueOf(held));
            action.setDate(6, Date.valueOf(held));
            action.setString(7, facilitator);
            action.setString(8, "Failed to attend without a reasonable excuse");
            action.setString(9, caseWorker(referralId));
            action.setDate(10, Date.valueOf(held.plusDays(7)));
            action.setString(11, caseWorker(referralId));
            action.setString(12, "Discussed with him; he attends the next session");
            action.setTimestamp(13, batch.created);
            action.addBatch();
        }
    }

    private static String caseWorker(long referralId) {
        return "caseworker.synthetic" + referralId % CASE_WORKERS;
    }

    private static long draw(List<Long> people, Set<Long> chosen, SplittableRandom random) {
        while (true) {
            long person = people.get(random.nextInt(people.size()));
            if (chosen.add(person)) {
                return person;
            }
        }
    }

    private static List<Long> personIds(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM person")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static Programme programme(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM programme WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException(name + " is not in the programme catalogue");
                }
                return new Programme(row.getLong(1), name);
            }
        }
    }
}
