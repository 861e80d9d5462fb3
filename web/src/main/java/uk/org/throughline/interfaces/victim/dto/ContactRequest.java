package uk.org.throughline.interfaces.victim.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.victim.VictimForms.ContactForm;
import uk.org.throughline.domain.model.victim.ContactMethod;
import uk.org.throughline.domain.model.victim.ContactOutcome;

/** One attempt to reach her, logged on one of her partner-contact plans at the plan's version as read. */
public record ContactRequest(
        @Schema(required = true, description = "The plan the attempt belongs to") Long planId,
        @Schema(required = true, description = "The plan's version as read") Long version,
        @Schema(required = true, example = "2026-11-23") LocalDate attemptedOn,
        @Schema(required = true) ContactMethod method,
        @Schema(required = true) ContactOutcome outcome,
        String disclosures,
        String concerns,
        String actions) {

    public ContactForm toForm() {
        return new ContactForm(attemptedOn, method, outcome, disclosures, concerns, actions);
    }
}
