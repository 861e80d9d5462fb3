package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.CohortStatus;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Programme sessions with their registers. */
@ApplicationScoped
public class SessionRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves new sessions and writes them at once, so they have their ids. */
    public void add(List<ProgrammeSession> sessions) {
        sessions.forEach(em::persist);
        em.flush();
    }

    /** Saves a single new session (a catch-up) and writes it at once, so it has its id. */
    public void add(ProgrammeSession session) {
        add(List.of(session));
    }

    /** @throws RecordNotFoundException if there is no such session */
    public ProgrammeSession get(long id) {
        ProgrammeSession session = em.find(ProgrammeSession.class, id);
        if (session == null) {
            throw new RecordNotFoundException("Programme session", id);
        }
        return session;
    }

    /** The cohort's sessions, catch-ups included, in date order. */
    public List<ProgrammeSession> ofCohort(Cohort cohort) {
        return em.createQuery("SELECT s FROM ProgrammeSession s WHERE s.cohort = :cohort "
                + "ORDER BY s.sessionDate, s.startTime, s.id", ProgrammeSession.class)
                .setParameter("cohort", cohort)
                .getResultList();
    }

    /** The lines still awaiting evidence whose judgement nobody has been prompted for yet, oldest first. */
    public List<AttendanceRecord> awaitingEvidenceNotPrompted() {
        List<?> ids = em.createNativeQuery("SELECT id FROM attendance_record WHERE mark = ? "
                + "AND evidence_prompted_on IS NULL ORDER BY id")
                .setParameter(1, AttendanceMark.ABSENT_AWAITING_EVIDENCE.name())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // with their sessions in the same read: the evidence window is counted from the session's date
        return em.createQuery("SELECT a FROM AttendanceRecord a JOIN FETCH a.session WHERE a.id IN :ids ORDER BY a.id",
                AttendanceRecord.class)
                .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }

    /**
     * Marks the line as prompted for on {@code today}, only if nobody has marked it: the database's row
     * lock lets one of two servers checking at once win, so the prompt is raised once.
     *
     * @return true when this call marked it, so the caller raises the prompt in the same transaction
     */
    public boolean markEvidencePrompted(AttendanceRecord record, LocalDate today) {
        return em.createNativeQuery("UPDATE attendance_record SET evidence_prompted_on = ? "
                + "WHERE id = ? AND evidence_prompted_on IS NULL")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, record.id())
                .executeUpdate() == 1;
    }

    /** Sessions from {@code from} to {@code to} inclusive of the cohorts a facilitator runs, in date order. */
    public List<ProgrammeSession> facilitatedBy(String username, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT s FROM ProgrammeSession s WHERE :username MEMBER OF s.cohort.facilitators "
                + "AND s.sessionDate BETWEEN :from AND :to ORDER BY s.sessionDate, s.startTime, s.id",
                ProgrammeSession.class)
                .setParameter("username", username)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Sessions up to {@code today} of the open cohorts a facilitator runs: where an unfinished register may be. */
    public List<ProgrammeSession> heldInOpenCohorts(String username, LocalDate today) {
        return em.createQuery("SELECT s FROM ProgrammeSession s WHERE :username MEMBER OF s.cohort.facilitators "
                + "AND s.cohort.status = :open AND s.sessionDate <= :today ORDER BY s.sessionDate, s.startTime, s.id",
                ProgrammeSession.class)
                .setParameter("username", username)
                .setParameter("open", CohortStatus.OPEN)
                .setParameter("today", today)
                .getResultList();
    }

    /** The cohorts' sessions from {@code from} on, in date order: where each person goes next. */
    public List<ProgrammeSession> ofCohortsFrom(List<Cohort> cohorts, LocalDate from) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM ProgrammeSession s WHERE s.cohort IN :cohorts "
                + "AND s.sessionDate >= :from ORDER BY s.sessionDate, s.startTime, s.id", ProgrammeSession.class)
                .setParameter("cohorts", cohorts)
                .setParameter("from", from)
                .getResultList();
    }

    /** Everything recorded about the referral's attendance, catch-ups included, oldest session first. */
    public List<AttendanceRecord> attendanceOf(ProgrammeReferral referral) {
        return attendanceOf(List.of(referral));
    }

    /** Everything recorded about the referrals' attendance, catch-ups included, oldest session first. */
    public List<AttendanceRecord> attendanceOf(Collection<ProgrammeReferral> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM AttendanceRecord a WHERE a.referral IN :referrals "
                + "ORDER BY a.session.sessionDate, a.id", AttendanceRecord.class)
                .setParameter("referrals", referrals)
                .getResultList();
    }
}
