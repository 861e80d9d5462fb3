package uk.org.throughline.application.police;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.caution.ComplianceStatus;

/**
 * What police must act on next: cautions whose compliance deadline is near, cautions overdue or
 * failed and waiting for a decision, summary time limits approaching, and bail conditions expiring.
 * The windows come from {@link uk.org.throughline.domain.model.caution.CautionTimescales}.
 */
public interface PoliceWorklist {

    Worklist today();

    record Worklist(LocalDate today, List<CautionItem> cautionsDue, List<CautionItem> awaitingDecision,
            List<CautionItem> timeLimitsApproaching, List<BailItem> bailExpiring) {

        public Worklist {
            cautionsDue = List.copyOf(cautionsDue);
            awaitingDecision = List.copyOf(awaitingDecision);
            timeLimitsApproaching = List.copyOf(timeLimitsApproaching);
            bailExpiring = List.copyOf(bailExpiring);
        }
    }

    /** {@code note} says why the caution is on this list (e.g. the time-limit warning). */
    record CautionItem(long cautionId, long personId, String personName, String policeReference,
            String offenceDescription, LocalDate complianceDeadline, ComplianceStatus status, LocalDate chargeBy,
            String note) {
    }

    record BailItem(long arrestId, long personId, String personName, String policeReference, String condition,
            LocalDate expiresOn) {
    }
}
