package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.caution.CautionScheme;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Conditional cautions and the diversion schemes they are given under. */
@ApplicationScoped
public class CautionRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new caution with its conditions (its disposal must be saved first) and writes it at once for its ids. */
    public void add(ConditionalCaution caution) {
        em.persist(caution);
        em.flush();
    }

    /** @throws RecordNotFoundException if there is no such caution */
    public ConditionalCaution get(long id) {
        ConditionalCaution caution = em.find(ConditionalCaution.class, id);
        if (caution == null) {
            throw new RecordNotFoundException("Conditional caution", id);
        }
        return caution;
    }

    /** The caution a disposal records, if it is one. */
    public Optional<ConditionalCaution> findByDisposal(long disposalId) {
        return em.createQuery("SELECT c FROM ConditionalCaution c WHERE c.disposal.id = :disposalId",
                ConditionalCaution.class)
                .setParameter("disposalId", disposalId)
                .getResultStream()
                .findFirst();
    }

    /** The person's cautions, oldest first. */
    public List<ConditionalCaution> cautionsOf(long personId) {
        return em.createQuery("SELECT c FROM ConditionalCaution c WHERE c.personId = :personId "
                + "ORDER BY c.cautionedOn, c.id", ConditionalCaution.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The cautions given for the incident, oldest first. */
    public List<ConditionalCaution> cautionsFor(long incidentId) {
        return em.createQuery("SELECT c FROM ConditionalCaution c WHERE c.incident.id = :incidentId "
                + "ORDER BY c.cautionedOn, c.id", ConditionalCaution.class)
                .setParameter("incidentId", incidentId)
                .getResultList();
    }

    /**
     * Cautions whose compliance is still open: active, or failed with no decision yet; earliest deadline
     * first, each with its incident read in the same statement.
     */
    public List<ConditionalCaution> complianceOpen() {
        return em.createQuery("SELECT c FROM ConditionalCaution c JOIN FETCH c.incident WHERE c.status = :active "
                + "OR (c.status = :failed AND c.decision IS NULL) ORDER BY c.complianceDeadline, c.id",
                ConditionalCaution.class)
                .setParameter("active", ComplianceStatus.ACTIVE)
                .setParameter("failed", ComplianceStatus.FAILED)
                .getResultList();
    }

    /** The schemes an officer can choose, by name. */
    public List<CautionScheme> activeSchemes() {
        return em.createQuery("SELECT s FROM CautionScheme s WHERE s.active = TRUE ORDER BY s.name", CautionScheme.class)
                .getResultList();
    }

    public Optional<CautionScheme> findScheme(long id) {
        return Optional.ofNullable(em.find(CautionScheme.class, id));
    }

    /** The scheme of that name, for start-up data. */
    public Optional<CautionScheme> findSchemeByName(String name) {
        return em.createQuery("SELECT s FROM CautionScheme s WHERE s.name = :name", CautionScheme.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }
}
