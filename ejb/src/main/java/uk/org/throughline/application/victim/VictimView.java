package uk.org.throughline.application.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.victim.Consent;

/**
 * A victim's whole record, for the victim-facing roles only: how to reach her safely, where she is,
 * her consent, her children and perpetrators, what protects her, and her partner-contact plans.
 */
public record VictimView(long personId, long version, String displayName, String partnerContactWorker,
        String partnerContactWorkerName, String safePhone, String safeTimes, boolean messagesMayBeLeft,
        String safeEmail, String codeWord, String addressLine1, String addressLine2, String addressTown,
        String addressPostcode, boolean inRefuge, String preferredLanguage, boolean interpreterRequired,
        Consent consent, LocalDate consentGivenOn, LocalDate consentWithdrawnOn, List<Perpetrator> perpetrators,
        List<Child> children, String riskLevel, List<String> protectiveOrders, List<PartnerContactPlanView> plans,
        Instant updatedAt) {

    public VictimView {
        perpetrators = List.copyOf(perpetrators);
        children = List.copyOf(children);
        protectiveOrders = List.copyOf(protectiveOrders);
        plans = List.copyOf(plans);
    }

    public record Perpetrator(long personId, String displayName, RelationshipType relationship) {
    }

    public record Child(String name, LocalDate dateOfBirth) {
    }
}
