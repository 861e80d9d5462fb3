package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.RecordNotFoundException;

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

    /** @throws RecordNotFoundException if there is no such referral */
    public ProgrammeReferral get(long id) {
        ProgrammeReferral referral = em.find(ProgrammeReferral.class, id);
        if (referral == null) {
            throw new RecordNotFoundException("Programme referral", id);
        }
        return referral;
    }

    /** Every referral of the person, newest first. */
    public List<ProgrammeReferral> ofPerson(long personId) {
        return em.createQuery("SELECT r FROM ProgrammeReferral r WHERE r.personId = :personId "
                + "ORDER BY r.referredOn DESC, r.id DESC", ProgrammeReferral.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The person's referrals to the programme, whatever their status: a person has one open place at most. */
    public List<ProgrammeReferral> ofPersonTo(long personId, Programme programme) {
        return em.createQuery("SELECT r FROM ProgrammeReferral r WHERE r.personId = :personId "
                + "AND r.programme = :programme ORDER BY r.id", ProgrammeReferral.class)
                .setParameter("personId", personId)
                .setParameter("programme", programme)
                .getResultList();
    }

    /** The programme's waiting list, longest waiting first. */
    public List<ProgrammeReferral> waiting(Programme programme) {
        return em.createQuery("SELECT r FROM ProgrammeReferral r WHERE r.programme = :programme "
                + "AND r.status = :waiting ORDER BY r.statusChangedOn, r.id", ProgrammeReferral.class)
                .setParameter("programme", programme)
                .setParameter("waiting", ReferralStatus.WAITING)
                .getResultList();
    }

    /**
     * The referrals a case worker answers for that have not ended, by person: those naming them, and
     * a caution's or self-referral's whoever made it.
     */
    public List<ProgrammeReferral> openFor(String caseWorker) {
        return em.createQuery("SELECT r FROM ProgrammeReferral r WHERE (r.caseWorker = :username "
                + "OR (r.caseWorker IS NULL AND r.referredBy = :username)) AND r.status NOT IN :ended "
                + "ORDER BY r.personId, r.id", ProgrammeReferral.class)
                .setParameter("username", caseWorker)
                .setParameter("ended", EnumSet.of(ReferralStatus.NOT_SUITABLE, ReferralStatus.COMPLETED,
                        ReferralStatus.NOT_COMPLETED))
                .getResultList();
    }

    /** How many of the programme's referrals have each status; a status none has is left out. */
    public Map<ReferralStatus, Long> statusCounts(Programme programme) {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        em.createQuery("SELECT r.status, COUNT(r) FROM ProgrammeReferral r WHERE r.programme = :programme "
                + "GROUP BY r.status", Object[].class)
                .setParameter("programme", programme)
                .getResultList()
                .forEach(row -> counts.put((ReferralStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
