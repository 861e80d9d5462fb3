package uk.org.throughline.application.caseload.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.domain.model.audit.AuditAction;

/**
 * The audit row of a refused read, written in a transaction of its own: the refusal rolls the caller's
 * transaction back, and the attempt must still be on record.
 */
@Stateless
public class RefusedReads {

    @EJB
    private AuditTrail audit;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long personId, String why) {
        audit.record(AuditAction.REFUSED, "Person", String.valueOf(personId), why, null);
    }
}
