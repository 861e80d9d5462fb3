package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The records that point at a person by {@code person_id}, moved in bulk when a duplicate is merged
 * into the record that survives. Plain SQL, in the merge's transaction: the rows are re-pointed
 * without loading them, and an incident's people are a collection JPA would rewrite whole.
 */
@ApplicationScoped
public class PersonLinks {

    /** How many rows of each kind were moved. */
    public record Moved(int incidentInvolvements, int arrests, int voluntaryInterviews, int disposals,
            int courtCases, int conditionalCautions, int programmeReferrals, int victimRecords,
            int riskAssessments, int maracReferrals, int safetyPlanItems, int ordersAsRespondent,
            int ordersAsProtected) {
    }

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /**
     * Re-points everything linked to {@code fromId} at {@code toId}. Where both were recorded in the
     * same role in one incident, the duplicate's row is dropped first (it would repeat the
     * survivor's). Incidents whose people change get a new version, so an incident form opened
     * before the merge cannot put the retired record back.
     */
    public Moved move(long fromId, long toId) {
        em.createNativeQuery("UPDATE incident SET version = version + 1 "
                + "WHERE id IN (SELECT incident_id FROM incident_person WHERE person_id = ?)")
                .setParameter(1, fromId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM incident_person d WHERE d.person_id = ? AND EXISTS (SELECT 1 "
                + "FROM incident_person s WHERE s.incident_id = d.incident_id "
                + "AND s.involvement_role = d.involvement_role AND s.person_id = ?)")
                .setParameter(1, fromId)
                .setParameter(2, toId)
                .executeUpdate();
        repointPerpetratorLinks(fromId, toId);
        repoint("alert", fromId, toId);
        // need to know follows the survivor: who manages him, who may not open his records
        repoint("offender_manager_allocation", fromId, toId);
        repoint("person_restriction", fromId, toId);
        repoint("access_for_reason", fromId, toId);
        int ordersAsProtected = repointProtectedPersons(fromId, toId);
        return new Moved(repoint("incident_person", fromId, toId), repoint("arrest", fromId, toId),
                repoint("voluntary_interview", fromId, toId), repoint("disposal", fromId, toId),
                repoint("court_case", fromId, toId), repoint("conditional_caution", fromId, toId),
                repoint("programme_referral", fromId, toId), repoint("victim_record", fromId, toId),
                repoint("risk_assessment", fromId, toId), repoint("marac_referral", fromId, toId),
                repoint("safety_plan_item", fromId, toId), em.createNativeQuery(
                        "UPDATE civil_order SET respondent_id = ?, version = version + 1 WHERE respondent_id = ?")
                        .setParameter(1, toId)
                        .setParameter(2, fromId)
                        .executeUpdate(), ordersAsProtected);
    }

    /**
     * A victim linked to the duplicate as her perpetrator is linked to the survivor instead; where she
     * was linked to both, the duplicate's link goes. The victim records that change get a new version.
     */
    private void repointPerpetratorLinks(long fromId, long toId) {
        em.createNativeQuery("UPDATE victim_record SET version = version + 1 "
                + "WHERE id IN (SELECT victim_id FROM victim_perpetrator WHERE perpetrator_person_id = ?)")
                .setParameter(1, fromId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM victim_perpetrator d WHERE d.perpetrator_person_id = ? AND EXISTS "
                + "(SELECT 1 FROM victim_perpetrator s WHERE s.victim_id = d.victim_id AND s.perpetrator_person_id = ?)")
                .setParameter(1, fromId)
                .setParameter(2, toId)
                .executeUpdate();
        em.createNativeQuery("UPDATE victim_perpetrator SET perpetrator_person_id = ? WHERE perpetrator_person_id = ?")
                .setParameter(1, toId)
                .setParameter(2, fromId)
                .executeUpdate();
    }

    /**
     * The orders protecting the duplicate protect the survivor instead (the duplicate's row goes where
     * an order names both); those orders get a new version.
     */
    private int repointProtectedPersons(long fromId, long toId) {
        em.createNativeQuery("UPDATE civil_order SET version = version + 1 "
                + "WHERE id IN (SELECT order_id FROM order_protected_person WHERE person_id = ?)")
                .setParameter(1, fromId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM order_protected_person d WHERE d.person_id = ? AND EXISTS "
                + "(SELECT 1 FROM order_protected_person s WHERE s.order_id = d.order_id AND s.person_id = ?)")
                .setParameter(1, fromId)
                .setParameter(2, toId)
                .executeUpdate();
        return repoint("order_protected_person", fromId, toId);
    }

    private int repoint(String table, long fromId, long toId) {
        return em.createNativeQuery("UPDATE " + table + " SET person_id = ? WHERE person_id = ?")
                .setParameter(1, toId)
                .setParameter(2, fromId)
                .executeUpdate();
    }
}
