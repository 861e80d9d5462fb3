package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.PoliceReference;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Incidents, found by id, by police reference or by a person involved in them. */
@ApplicationScoped
public class IncidentRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new incident and writes it at once, so it has its id and version. */
    public void add(Incident incident) {
        em.persist(incident);
        em.flush();
    }

    public Optional<Incident> find(long id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    /** @throws RecordNotFoundException if there is no such incident */
    public Incident get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Incident", id));
    }

    public Optional<Incident> findByReference(PoliceReference reference) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.reference.value = :reference", Incident.class)
                .setParameter("reference", reference.value())
                .getResultStream()
                .findFirst();
    }

    /** Every incident the person is involved in, in any role, oldest first. */
    public List<Incident> involving(long personId) {
        return em.createQuery("SELECT DISTINCT i FROM Incident i JOIN i.involvements v WHERE v.personId = :personId "
                + "ORDER BY i.occurredAt, i.id", Incident.class)
                .setParameter("personId", personId)
                .getResultList();
    }
}
