package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.caseload.AccessForReason;
import uk.org.throughline.domain.model.caseload.OffenderManagerAllocation;
import uk.org.throughline.domain.model.caseload.PersonRestriction;
import uk.org.throughline.domain.model.risk.MaracThresholds;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/**
 * Who works with whom. A person is on a worker's caseload when the worker is his offender manager now,
 * case worker on one of his programme referrals (for a caution's or self-referral with none named, whoever
 * made it, as {@code ProgrammeReferral.caseWorker()} says), facilitator of a cohort he is in, or her
 * partner-contact worker; and on every MARAC coordinator's caseload while she, or the perpetrator her
 * referral names, is a MARAC case (referred within the repeat window, 12 months unless configured). One
 * query answers it, from the tables those relationships already live in.
 */
@ApplicationScoped
public class CaseloadRepository {

    /**
     * A referral (the {@code r} alias) still open, or ended on or after day {@code ?4} (3 months before the day
     * asked about): its case worker and facilitators keep the man on their caseload while they finish its reports.
     */
    private static final String REFERRAL_CURRENT = "(r.status NOT IN ('COMPLETED', 'NOT_COMPLETED', 'NOT_SUITABLE') "
            + "OR r.status_changed_on >= ?4)";
    private static final int MONTHS_AFTER_A_REFERRAL_ENDS = 3;

    /**
     * Person ids (the {@code p} alias) on the caseload of worker {@code ?1} on day {@code ?2} (and {@code ?4}, and
     * {@code ?5}, the first day of the MARAC repeat window ending on {@code ?2}).
     */
    private static final String ON_CASELOAD = "(EXISTS (SELECT 1 FROM offender_manager_allocation a "
            + "WHERE a.person_id = p.id AND a.username = ?1 AND a.allocated_from <= ?2 "
            + "AND (a.allocated_to IS NULL OR a.allocated_to >= ?2)) "
            + "OR EXISTS (SELECT 1 FROM programme_referral r WHERE r.person_id = p.id "
            + "AND (r.case_worker = ?1 OR (r.case_worker IS NULL AND r.referred_by = ?1)) AND " + REFERRAL_CURRENT + ") "
            + "OR EXISTS (SELECT 1 FROM programme_referral r JOIN cohort_facilitator f ON f.cohort_id = r.cohort_id "
            + "WHERE r.person_id = p.id AND f.username = ?1 AND " + REFERRAL_CURRENT + ") "
            + "OR EXISTS (SELECT 1 FROM victim_record v WHERE v.person_id = p.id AND v.partner_contact_worker = ?1) "
            + "OR (EXISTS (SELECT 1 FROM staff_member s JOIN staff_role sr ON sr.staff_id = s.id WHERE s.username = ?1 "
            + "AND sr.role = 'MARAC_COORDINATOR') AND EXISTS (SELECT 1 FROM marac_referral m "
            + "WHERE (m.person_id = p.id OR m.perpetrator_person_id = p.id) AND m.referred_on >= ?5)))";

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** The first day of the MARAC repeat window ending on {@code day}: referrals since are MARAC cases. */
    private static LocalDate maracCasesFrom(LocalDate day) {
        return day.minusMonths(MaracThresholds.from(System::getProperty).repeatMonths());
    }

    /** A query over {@link #ON_CASELOAD} with the worker, the day and the windows it reads bound (?1, ?2, ?4, ?5). */
    private Query caseloadQuery(String sql, String username, LocalDate day) {
        return em.createNativeQuery(sql)
                .setParameter(1, username)
                .setParameter(2, day)
                .setParameter(4, day.minusMonths(MONTHS_AFTER_A_REFERRAL_ENDS))
                .setParameter(5, maracCasesFrom(day));
    }

    /** Which of these people are on the worker's caseload on that day. */
    public Set<Long> onCaseloadAmong(String username, Collection<Long> personIds, LocalDate day) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        String ids = personIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> found = caseloadQuery("SELECT p.id FROM person p WHERE p.id IN (" + ids + ") AND " + ON_CASELOAD,
                username, day)
                .getResultList();
        return found.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the person is recorded as the victim of a man on the worker's caseload on that day. */
    public boolean isVictimOfSomeoneOnCaseload(String username, long personId, LocalDate day) {
        return !caseloadQuery("SELECT p.id FROM person p JOIN victim_perpetrator vp ON vp.perpetrator_person_id = p.id "
                + "JOIN victim_record v ON v.id = vp.victim_id WHERE v.person_id = ?3 AND " + ON_CASELOAD, username, day)
                .setParameter(3, personId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The people on the worker's caseload on that day, by id. */
    public List<Long> caseloadOf(String username, LocalDate day) {
        List<?> found = caseloadQuery("SELECT p.id FROM person p WHERE p.merged_into_id IS NULL AND "
                + ON_CASELOAD + " ORDER BY p.id", username, day)
                .getResultList();
        return found.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Restrictions in force on any of these people. */
    public List<PersonRestriction> restrictionsInForce(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM PersonRestriction r WHERE r.personId IN :ids AND r.liftedAt IS NULL "
                + "ORDER BY r.id", PersonRestriction.class)
                .setParameter("ids", personIds)
                .getResultList();
    }

    /** @throws RecordNotFoundException if there is no such restriction */
    public PersonRestriction restriction(long id) {
        PersonRestriction restriction = em.find(PersonRestriction.class, id);
        if (restriction == null) {
            throw new RecordNotFoundException("Restriction", id);
        }
        return restriction;
    }

    public void add(PersonRestriction restriction) {
        em.persist(restriction);
        em.flush();
    }

    /** Which of these people the worker has opened with a reason that has not lapsed. */
    public Set<Long> openedForReasonAmong(String username, Collection<Long> personIds, Instant now) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT DISTINCT a.personId FROM AccessForReason a WHERE a.username = :username "
                + "AND a.personId IN :ids AND a.lapsesAt > :now", Long.class)
                .setParameter("username", username)
                .setParameter("ids", personIds)
                .setParameter("now", now)
                .getResultList());
    }

    public void add(AccessForReason access) {
        em.persist(access);
        em.flush();
    }

    /** Records opened for a reason between two instants, by the workers named (all when null), newest first. */
    public List<AccessForReason> openedForReason(Collection<String> byUsernames, Instant from, Instant to) {
        String byWhom = byUsernames == null ? "" : " AND a.username IN :usernames";
        var query = em.createQuery("SELECT a FROM AccessForReason a WHERE a.openedAt >= :from AND a.openedAt < :to"
                + byWhom + " ORDER BY a.openedAt DESC, a.id DESC", AccessForReason.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (byUsernames != null) {
            if (byUsernames.isEmpty()) {
                return List.of();
            }
            query.setParameter("usernames", byUsernames);
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** The person's offender-manager allocations, newest first. */
    public List<OffenderManagerAllocation> allocationsOf(long personId) {
        return em.createQuery("SELECT a FROM OffenderManagerAllocation a WHERE a.personId = :personId "
                + "ORDER BY a.allocatedFrom DESC, a.id DESC", OffenderManagerAllocation.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The allocation not yet ended, if any. */
    public Optional<OffenderManagerAllocation> openAllocationOf(long personId) {
        return em.createQuery("SELECT a FROM OffenderManagerAllocation a WHERE a.personId = :personId "
                + "AND a.allocatedTo IS NULL", OffenderManagerAllocation.class)
                .setParameter("personId", personId)
                .getResultStream()
                .findFirst();
    }

    public void add(OffenderManagerAllocation allocation) {
        em.persist(allocation);
        em.flush();
    }

    /** The usernames of the managers of the teams the worker belongs to. */
    public List<String> managersOf(String username) {
        return em.createNativeQuery("SELECT DISTINCT m.username FROM team_member w JOIN team_member m "
                + "ON m.team_id = w.team_id WHERE w.username = ?1 AND m.manages = TRUE AND m.username <> ?1 "
                + "ORDER BY m.username")
                .setParameter(1, username)
                .getResultList()
                .stream().map(String::valueOf).toList();
    }

    /** The usernames of the members of the teams the manager manages, the manager included. */
    public Set<String> membersManagedBy(String username) {
        List<?> found = em.createNativeQuery("SELECT DISTINCT w.username FROM team_member m JOIN team_member w "
                + "ON w.team_id = m.team_id WHERE m.username = ?1 AND m.manages = TRUE")
                .setParameter(1, username)
                .getResultList();
        return found.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
