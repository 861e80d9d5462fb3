package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Disposals and the court cases charges open. */
@ApplicationScoped
public class DisposalRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** Saves a new disposal, with its court case if it is a charge, and writes them at once for their ids. */
    public void add(Disposal disposal) {
        em.persist(disposal);
        em.flush();
    }

    /** @throws RecordNotFoundException if there is no such disposal */
    public Disposal get(long id) {
        Disposal disposal = em.find(Disposal.class, id);
        if (disposal == null) {
            throw new RecordNotFoundException("Disposal", id);
        }
        return disposal;
    }

    /** @throws RecordNotFoundException if there is no such court case */
    public CourtCase getCourtCase(long id) {
        CourtCase courtCase = em.find(CourtCase.class, id);
        if (courtCase == null) {
            throw new RecordNotFoundException("Court case", id);
        }
        return courtCase;
    }

    /** The person's disposals, oldest decision first. */
    public List<Disposal> disposalsOf(long personId) {
        return em.createQuery("SELECT d FROM Disposal d WHERE d.personId = :personId ORDER BY d.decidedOn, d.id",
                Disposal.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** The incident's disposals, oldest decision first. */
    public List<Disposal> disposalsFor(long incidentId) {
        return em.createQuery("SELECT d FROM Disposal d WHERE d.incident.id = :incidentId ORDER BY d.decidedOn, d.id",
                Disposal.class)
                .setParameter("incidentId", incidentId)
                .getResultList();
    }

    /** The outcome last recorded after the arrest or voluntary interview, if any. */
    public Optional<Disposal> latestAfter(SuspectContact contact) {
        String followed = contact instanceof Arrest ? "d.arrest" : "d.voluntaryInterview";
        return em.createQuery("SELECT d FROM Disposal d WHERE " + followed + " = :contact "
                + "ORDER BY d.decidedOn DESC, d.id DESC", Disposal.class)
                .setParameter("contact", contact)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The person's court cases, oldest first. */
    public List<CourtCase> courtCasesOf(long personId) {
        return em.createQuery("SELECT c FROM CourtCase c WHERE c.personId = :personId ORDER BY c.id", CourtCase.class)
                .setParameter("personId", personId)
                .getResultList();
    }
}
