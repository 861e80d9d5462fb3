package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.BailCondition;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Arrests with their bail conditions, and voluntary interviews. */
@ApplicationScoped
public class CustodyRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new arrest and writes it at once, so it has its id and version. */
    public void add(Arrest arrest) {
        em.persist(arrest);
        em.flush();
    }

    /** Saves a new voluntary interview and writes it at once, so it has its id. */
    public void add(VoluntaryInterview interview) {
        em.persist(interview);
        em.flush();
    }

    public Optional<Arrest> findArrest(long id) {
        return Optional.ofNullable(em.find(Arrest.class, id));
    }

    /** @throws RecordNotFoundException if there is no such arrest */
    public Arrest getArrest(long id) {
        return findArrest(id).orElseThrow(() -> new RecordNotFoundException("Arrest", id));
    }

    public Optional<VoluntaryInterview> findVoluntaryInterview(long id) {
        return Optional.ofNullable(em.find(VoluntaryInterview.class, id));
    }

    /** @throws RecordNotFoundException if there is no such interview */
    public VoluntaryInterview getVoluntaryInterview(long id) {
        return findVoluntaryInterview(id).orElseThrow(() -> new RecordNotFoundException("Voluntary interview", id));
    }

    /** The person's arrests, oldest first. */
    public List<Arrest> arrestsOf(long personId) {
        return em.createQuery("SELECT a FROM Arrest a WHERE a.personId = :personId ORDER BY a.arrestedAt, a.id",
                Arrest.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The person's voluntary interviews, oldest first. */
    public List<VoluntaryInterview> voluntaryInterviewsOf(long personId) {
        return em.createQuery("SELECT v FROM VoluntaryInterview v WHERE v.personId = :personId "
                + "ORDER BY v.interviewedAt, v.id", VoluntaryInterview.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The incident's arrests, oldest first. */
    public List<Arrest> arrestsFor(long incidentId) {
        return em.createQuery("SELECT a FROM Arrest a WHERE a.incident.id = :incidentId ORDER BY a.arrestedAt, a.id",
                Arrest.class)
                .setParameter("incidentId", incidentId)
                .getResultList();
    }

    /** The incident's voluntary interviews, oldest first. */
    public List<VoluntaryInterview> voluntaryInterviewsFor(long incidentId) {
        return em.createQuery("SELECT v FROM VoluntaryInterview v WHERE v.incident.id = :incidentId "
                + "ORDER BY v.interviewedAt, v.id", VoluntaryInterview.class)
                .setParameter("incidentId", incidentId)
                .getResultList();
    }

    /**
     * Conditions in force today that expire between today and {@code until}, soonest first, each with
     * its arrest read in the same statement.
     */
    public List<BailCondition> bailConditionsExpiring(LocalDate today, LocalDate until) {
        return em.createQuery("SELECT b FROM BailCondition b JOIN FETCH b.arrest WHERE b.liftedOn IS NULL "
                + "AND b.imposedOn <= :today AND b.expiresOn >= :today AND b.expiresOn <= :until "
                + "ORDER BY b.expiresOn, b.id", BailCondition.class)
                .setParameter("today", today)
                .setParameter("until", until)
                .getResultList();
    }
}
