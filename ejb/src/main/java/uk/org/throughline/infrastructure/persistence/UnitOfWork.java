package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import uk.org.throughline.domain.shared.ConcurrentEditException;

/**
 * Writes the transaction's pending changes before it ends. EclipseLink sets a changed record's
 * version only when it writes the row, and a view returned to the user must carry the new version,
 * or their next change would be refused as a conflict.
 */
@ApplicationScoped
public class UnitOfWork {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /**
     * @param recordDescription names the changed record for the user, e.g. "Incident NP/26/004512"
     * @throws ConcurrentEditException if someone else saved the record since it was read
     */
    public void write(String recordDescription) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(recordDescription);
        }
    }
}
