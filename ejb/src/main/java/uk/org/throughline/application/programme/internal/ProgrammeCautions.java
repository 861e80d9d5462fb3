package uk.org.throughline.application.programme.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.programme.CautionConditionChange;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Carries what happened on a programme to the conditional caution that made the referral, in the
 * caller's transaction, with its audit row. A programme completed after the caution's deadline is
 * not compliance in time: the caution refuses it, so the completion stands on the programme side and
 * the condition is left active for the police, whose worklist then shows the caution awaiting a
 * decision. Nothing on the programme side is rolled back for it.
 */
@ApplicationScoped
public class ProgrammeCautions {

    @Inject
    private CautionRepository cautions;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    /** @return what the change meant for the caution, for the user; empty when nothing changed */
    public Optional<String> apply(Optional<CautionConditionChange> change, LocalDate today, Instant now) {
        if (change.isEmpty()) {
            return Optional.empty();
        }
        CautionConditionChange wanted = change.get();
        ConditionalCaution caution = cautions.get(wanted.cautionId());
        String reference = "incident " + caution.incident().reference();
        if (wanted.status() == ComplianceStatus.COMPLIED && wanted.on().isAfter(caution.complianceDeadline())) {
            String note = "The conditional caution (" + reference + ") was due by "
                    + UkDate.format(caution.complianceDeadline()) + ", before the programme was completed on "
                    + UkDate.format(wanted.on()) + ": its programme condition is left for the police to decide.";
            return Optional.of(note);
        }
        if (!wanted.applyTo(caution, today, now)) {
            return Optional.of("The conditional caution (" + reference + ") is \"" + caution.status().label()
                    + "\" already, so it was not changed.");
        }
        String description = "The conditional caution of " + reference;
        unitOfWork.write(description);
        String summary = "Recorded the programme condition as " + wanted.status().label().toLowerCase(Locale.UK)
                + " from the programme: " + wanted.note();
        audit.record(AuditAction.UPDATE, "ConditionalCaution", String.valueOf(caution.id()), summary + " ("
                + reference + ")", null);
        return Optional.of("The conditional caution (" + reference + ") is now \"" + caution.status().label()
                + "\"" + (caution.status() == ComplianceStatus.FAILED ? " and awaits the police's decision." : "."));
    }
}
