package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Victim records and their partner-contact plans. */
@ApplicationScoped
public class VictimRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    public void add(VictimRecord victim) {
        em.persist(victim);
        em.flush();
    }

    public Optional<VictimRecord> findByPerson(long personId) {
        return em.createQuery("SELECT v FROM VictimRecord v WHERE v.personId = :personId", VictimRecord.class)
                .setParameter("personId", personId)
                .getResultStream()
                .findFirst();
    }

    /** @throws RecordNotFoundException if the person has no victim record */
    public VictimRecord getByPerson(long personId) {
        return findByPerson(personId).orElseThrow(() -> new RecordNotFoundException("Victim record of person",
                personId));
    }

    /**
     * Which of these people are, or may be, at risk from someone: a victim record, a protected person
     * on a civil order, a victim or child present at an incident, or anyone with a DASH assessment, a MARAC
     * referral or a safety plan. Their whereabouts are kept from
     * perpetrator-facing workers even before the partner-contact service opens a record for them.
     */
    public Set<Long> atRiskAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        String ids = personIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> found = em.createNativeQuery("SELECT person_id FROM victim_record WHERE person_id IN (" + ids + ") "
                + "UNION SELECT person_id FROM order_protected_person WHERE person_id IN (" + ids + ") "
                + "UNION SELECT person_id FROM incident_person WHERE involvement_role IN ('VICTIM', 'CHILD_PRESENT') "
                + "AND person_id IN (" + ids + ") "
                + "UNION SELECT person_id FROM risk_assessment WHERE person_id IN (" + ids + ") "
                + "UNION SELECT person_id FROM marac_referral WHERE person_id IN (" + ids + ") "
                + "UNION SELECT person_id FROM safety_plan_item WHERE person_id IN (" + ids + ")")
                .getResultList();
        return found.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }

    /** The victims linked to a perpetrator. */
    public List<VictimRecord> victimsOf(long perpetratorPersonId) {
        return em.createQuery("SELECT DISTINCT v FROM VictimRecord v JOIN v.perpetrators p "
                + "WHERE p.perpetratorPersonId = :perpetrator ORDER BY v.id", VictimRecord.class)
                .setParameter("perpetrator", perpetratorPersonId)
                .getResultList();
    }

    public void addPlan(PartnerContactPlan plan) {
        em.persist(plan);
        em.flush();
    }

    /** @throws RecordNotFoundException if there is no such plan */
    public PartnerContactPlan getPlan(long id) {
        PartnerContactPlan plan = em.find(PartnerContactPlan.class, id);
        if (plan == null) {
            throw new RecordNotFoundException("Partner-contact plan", id);
        }
        return plan;
    }

    /** Her plans, newest first. */
    public List<PartnerContactPlan> plansOf(VictimRecord victim) {
        return em.createQuery("SELECT p FROM PartnerContactPlan p WHERE p.victim = :victim ORDER BY p.openedOn DESC, "
                + "p.id DESC", PartnerContactPlan.class)
                .setParameter("victim", victim)
                .getResultList();
    }

    public List<PartnerContactPlan> plansFor(ProgrammeReferral referral) {
        return em.createQuery("SELECT p FROM PartnerContactPlan p WHERE p.referral = :referral ORDER BY p.id",
                PartnerContactPlan.class)
                .setParameter("referral", referral)
                .getResultList();
    }

    /** The open plans of the victims a partner-contact worker supports, next contact due first. */
    public List<PartnerContactPlan> openPlansSupportedBy(String username) {
        return em.createQuery("SELECT p FROM PartnerContactPlan p WHERE p.victim.partnerContactWorker = :username "
                + "AND p.closedOn IS NULL ORDER BY CASE WHEN p.nextContactDue IS NULL THEN 1 ELSE 0 END, "
                + "p.nextContactDue, p.id", PartnerContactPlan.class)
                .setParameter("username", username)
                .getResultList();
    }
}
