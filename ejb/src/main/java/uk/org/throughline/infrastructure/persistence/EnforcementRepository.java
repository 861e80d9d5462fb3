package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** What was done about failures to comply: warnings, breach referrals, failed caution conditions, tasks. */
@ApplicationScoped
public class EnforcementRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    public void add(EnforcementAction action) {
        em.persist(action);
    }

    /** @throws RecordNotFoundException if there is no such action */
    public EnforcementAction get(long id) {
        EnforcementAction action = em.find(EnforcementAction.class, id);
        if (action == null) {
            throw new RecordNotFoundException("Enforcement action", id);
        }
        return action;
    }

    /**
     * The actions the next failure is judged against: for a court order every referral made under
     * the same court case (warnings count against the order, not one referral), otherwise the
     * referral's own; oldest first.
     */
    public List<EnforcementAction> history(ProgrammeReferral referral) {
        if (referral.courtCaseId() != null) {
            return em.createQuery("SELECT e FROM EnforcementAction e WHERE e.referral.courtCaseId = :courtCaseId "
                    + "ORDER BY e.decidedOn, e.id", EnforcementAction.class)
                    .setParameter("courtCaseId", referral.courtCaseId())
                    .getResultList();
        }
        return ofReferrals(List.of(referral));
    }

    /** The referrals' actions, oldest first. */
    public List<EnforcementAction> ofReferrals(Collection<ProgrammeReferral> referrals) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM EnforcementAction e WHERE e.referral IN :referrals "
                + "ORDER BY e.decidedOn, e.id", EnforcementAction.class)
                .setParameter("referrals", referrals)
                .getResultList();
    }
}
