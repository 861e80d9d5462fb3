package uk.org.throughline.application.victim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.application.victim.VictimForms.ContactForm;
import uk.org.throughline.application.victim.VictimForms.VictimForm;
import uk.org.throughline.domain.model.victim.VictimFieldLengths;

/**
 * Victims/survivors and partner contact. Her safe contact details, address, consent, children and
 * contact log are for the partner-contact workers, and for managers and administrators with a reason;
 * every read of them asks for a reason and is audited with it. Every role may ask whether a person
 * is a victim, her risk level and what orders protect her ({@link #summary}), never how to reach her.
 * Records are named by the victim's person id.
 */
public interface VictimService {

    /** Makes a person a victim; a person has at most one victim record. */
    VictimView open(long personId, @NotNull @Valid VictimForm form);

    /** Her whole record with her partner-contact plans, audited with the reason given. */
    VictimView view(long personId, @NotBlank(message = "Give the reason for viewing her details")
            @Size(max = VictimFieldLengths.REASON, message = "The reason is at most {max} characters") String reason);

    /** @throws uk.org.throughline.domain.shared.ConcurrentEditException if saved by someone else since read */
    VictimView update(long personId, long expectedVersion, @NotNull @Valid VictimForm form);

    /** For any role: that she is a victim, her risk level and protective orders; empty if she is not one. */
    Optional<VictimSummary> summary(long personId);

    /** Her partner-contact plans with their logs, audited with the reason given. */
    List<PartnerContactPlanView> plans(long personId, @NotBlank(message = "Give the reason for viewing her details")
            @Size(max = VictimFieldLengths.REASON, message = "The reason is at most {max} characters") String reason);

    /** Logs a contact attempt on one of her plans; failed attempts in a row escalate to the managers' queue. */
    PartnerContactPlanView recordContact(long personId, long planId, long expectedVersion,
            @NotNull @Valid ContactForm form);

    /** What her record's form offers (workers, possible perpetrators); for opening or changing it. */
    VictimChoices choices(long personId);

    /** The signed-in partner-contact worker's open plans, next contact due first (overdue ones on top). */
    List<PartnerContactPlanView> myPlans();

    /**
     * The signed-in partner-contact worker's victims whose case is open (a partner-contact plan not
     * closed) and who are due a DASH reassessment, most overdue first.
     */
    List<ReassessmentDueView> myReassessmentsDue();
}
