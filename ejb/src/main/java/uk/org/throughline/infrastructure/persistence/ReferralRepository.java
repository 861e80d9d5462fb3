package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;

/** Referrals to perpetrator programmes. */
@ApplicationScoped
public class ReferralRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new referral and writes it at once, so it has its id. */
    public void add(ProgrammeReferral referral) {
        em.persist(referral);
        em.flush();
    }

    /** The referrals a conditional caution made, in the order they were made. */
    public List<ProgrammeReferral> madeByCaution(long cautionId) {
        return em.createQuery("SELECT r FROM ProgrammeReferral r WHERE r.conditionalCautionId = :cautionId "
                + "ORDER BY r.id", ProgrammeReferral.class)
                .setParameter("cautionId", cautionId)
                .getResultList();
    }
}
