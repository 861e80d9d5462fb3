package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.CohortStatus;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Cohorts (and one-to-one placements) of the programmes. */
@ApplicationScoped
public class CohortRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new cohort and writes it at once, so it has its id. */
    public void add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
    }

    /** @throws RecordNotFoundException if there is no such cohort */
    public Cohort get(long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new RecordNotFoundException("Cohort", id);
        }
        return cohort;
    }

    /** Open cohorts of every programme, by programme and name: the capacity a manager plans with. */
    public List<Cohort> open() {
        return em.createQuery("SELECT c FROM Cohort c WHERE c.status = :open ORDER BY c.programme.name, c.name",
                Cohort.class)
                .setParameter("open", CohortStatus.OPEN)
                .getResultList();
    }
}
