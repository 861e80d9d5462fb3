package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.risk.MaracAction;
import uk.org.throughline.domain.model.risk.MaracMeeting;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracRepeat;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.model.risk.SafetyPlanItem;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** A victim's DASH assessments, MARAC referrals with their repeats, meetings and actions, and safety plan items. */
@ApplicationScoped
public class RiskRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new record and writes it at once, so it has its id and version. */
    public <T> T add(T record) {
        em.persist(record);
        em.flush();
        return record;
    }

    /** @throws RecordNotFoundException if there is no such assessment */
    public RiskAssessment assessment(long id) {
        return found(em.find(RiskAssessment.class, id), "Risk assessment", id);
    }

    /** Her assessments, oldest first. */
    public List<RiskAssessment> assessmentsOf(long personId) {
        return em.createQuery("SELECT a FROM RiskAssessment a WHERE a.personId = :personId "
                + "ORDER BY a.assessedOn, a.id", RiskAssessment.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** Her latest assessment on or before the day. */
    public Optional<RiskAssessment> latestAssessment(long personId, LocalDate onOrBefore) {
        return em.createQuery("SELECT a FROM RiskAssessment a WHERE a.personId = :personId AND a.assessedOn <= :day "
                + "ORDER BY a.assessedOn DESC, a.id DESC", RiskAssessment.class)
                .setParameter("personId", personId)
                .setParameter("day", onOrBefore)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** @throws RecordNotFoundException if there is no such referral */
    public MaracReferral referral(long id) {
        return found(em.find(MaracReferral.class, id), "MARAC referral", id);
    }

    /** Her MARAC referrals, newest first. */
    public List<MaracReferral> referralsOf(long personId) {
        return em.createQuery("SELECT r FROM MaracReferral r WHERE r.personId = :personId "
                + "ORDER BY r.referredOn DESC, r.id DESC", MaracReferral.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The referrals not yet listed at a meeting, oldest first. */
    public List<MaracReferral> referralsNotListed() {
        return em.createQuery("SELECT r FROM MaracReferral r WHERE r.meeting IS NULL ORDER BY r.referredOn, r.id",
                MaracReferral.class)
                .getResultList();
    }

    /** The cases listed at a meeting, in the order they were referred. */
    public List<MaracReferral> agenda(MaracMeeting meeting) {
        return em.createQuery("SELECT r FROM MaracReferral r WHERE r.meeting = :meeting ORDER BY r.referredOn, r.id",
                MaracReferral.class)
                .setParameter("meeting", meeting)
                .getResultList();
    }

    /** @throws RecordNotFoundException if there is no such meeting */
    public MaracMeeting meeting(long id) {
        return found(em.find(MaracMeeting.class, id), "MARAC meeting", id);
    }

    /** Latest first. */
    public List<MaracMeeting> meetings() {
        return em.createQuery("SELECT m FROM MaracMeeting m ORDER BY m.meetsOn DESC, m.id DESC", MaracMeeting.class)
                .getResultList();
    }

    /** @throws RecordNotFoundException if there is no such action */
    public MaracAction action(long id) {
        return found(em.find(MaracAction.class, id), "MARAC action", id);
    }

    /** The actions of these referrals, soonest due first. */
    public List<MaracAction> actionsOf(List<MaracReferral> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM MaracAction a WHERE a.referral IN :referrals ORDER BY a.dueOn, a.id",
                MaracAction.class)
                .setParameter("referrals", referrals)
                .getResultList();
    }

    /** The further abuse flagged as repeats of these referrals, latest first. */
    public List<MaracRepeat> repeatsOf(List<MaracReferral> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM MaracRepeat r WHERE r.referral IN :referrals "
                + "ORDER BY r.occurredOn DESC, r.id DESC", MaracRepeat.class)
                .setParameter("referrals", referrals)
                .getResultList();
    }

    /** The referrals with further abuse flagged as a repeat and no referral of hers recorded since, oldest first. */
    public List<MaracReferral> referralsRepeatedSinceReferred() {
        return em.createQuery("SELECT r.referral FROM MaracRepeat r WHERE NOT EXISTS (SELECT m FROM MaracReferral m "
                + "WHERE m.personId = r.victimPersonId AND m.createdAt > r.flaggedAt) ORDER BY r.flaggedAt, r.id",
                MaracReferral.class)
                .getResultList().stream().distinct().toList();
    }

    /** @throws RecordNotFoundException if there is no such item */
    public SafetyPlanItem safetyPlanItem(long id) {
        return found(em.find(SafetyPlanItem.class, id), "Safety plan item", id);
    }

    /** Her safety plan's items, soonest due first, those without a due day last. */
    public List<SafetyPlanItem> safetyPlanOf(long personId) {
        return em.createQuery("SELECT i FROM SafetyPlanItem i WHERE i.personId = :personId "
                + "ORDER BY CASE WHEN i.dueOn IS NULL THEN 1 ELSE 0 END, i.dueOn, i.id", SafetyPlanItem.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    private static <T> T found(T record, String type, long id) {
        if (record == null) {
            throw new RecordNotFoundException(type, id);
        }
        return record;
    }
}
