package uk.org.throughline.application.police.internal;

import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.disposal.Disposal;

/** The audit rows of a recorded outcome: the outcome itself and, for a charge, the court case it opened. */
final class OutcomeAudit {

    static final String DISPOSAL = "Disposal";
    static final String COURT_CASE = "CourtCase";

    private OutcomeAudit() {
    }

    static void recorded(AuditTrail audit, Disposal disposal, String personName) {
        audit.record(AuditAction.CREATE, DISPOSAL, String.valueOf(disposal.id()), "Recorded outcome "
                + disposal.outcomeType().codeAndLabel() + " for " + personName + " (incident "
                + disposal.incident().reference() + ")", null);
        disposal.courtCase().ifPresent(courtCase -> audit.record(AuditAction.CREATE, COURT_CASE,
                String.valueOf(courtCase.id()), "Opened the court case of " + personName + " on the charge", null));
    }
}
