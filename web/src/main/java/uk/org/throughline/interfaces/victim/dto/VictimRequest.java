package uk.org.throughline.interfaces.victim.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.victim.VictimForms.Child;
import uk.org.throughline.application.victim.VictimForms.Perpetrator;
import uk.org.throughline.application.victim.VictimForms.VictimForm;
import uk.org.throughline.domain.model.victim.Consent;

/** A victim record to open (with {@code personId}) or change (with {@code version}); the lists replace what was there. */
public record VictimRequest(
        @Schema(description = "The person who is a victim; when opening a record") Long personId,
        @Schema(description = "The record's version as read; required for a change unless If-Match is sent")
        Long version,
        @Schema(example = "partner.demo") String partnerContactWorker,
        @Schema(example = "07700 900123") String safePhone,
        @Schema(example = "Weekdays 10:00-14:00, while the children are at school") String safeTimes,
        boolean messagesMayBeLeft,
        String safeEmail,
        String codeWord,
        String addressLine1,
        String addressLine2,
        String addressTown,
        String addressPostcode,
        boolean inRefuge,
        String preferredLanguage,
        boolean interpreterRequired,
        @Schema(required = true) Consent consent,
        @Schema(description = "The day the consent was given or withdrawn, when it changes") LocalDate consentOn,
        List<Perpetrator> perpetrators,
        List<Child> children) {

    public VictimForm toForm() {
        return new VictimForm(partnerContactWorker, safePhone, safeTimes, messagesMayBeLeft, safeEmail, codeWord,
                addressLine1, addressLine2, addressTown, addressPostcode, inRefuge, preferredLanguage,
                interpreterRequired, consent, consentOn, perpetrators, children);
    }
}
