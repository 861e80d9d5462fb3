package uk.org.throughline.application.victim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.model.victim.Consent;
import uk.org.throughline.domain.model.victim.ContactMethod;
import uk.org.throughline.domain.model.victim.ContactOutcome;
import uk.org.throughline.domain.model.victim.VictimDetails;
import uk.org.throughline.domain.model.victim.VictimFieldLengths;

/** What is entered about a victim and each attempt to contact her. */
public final class VictimForms {

    private VictimForms() {
    }

    /**
     * Her record as typed; the lists replace what was there.
     *
     * @param partnerContactWorker username of the partner-contact worker who supports her
     * @param consentOn            the day consent was given or withdrawn, needed when it changes
     */
    public record VictimForm(
            @Size(max = VictimFieldLengths.USERNAME, message = "The worker's username is at most {max} characters")
            String partnerContactWorker,
            @Size(max = VictimFieldLengths.PHONE, message = "The safe phone number is at most {max} characters")
            String safePhone,
            @Size(max = VictimFieldLengths.SAFE_TIMES, message = "The safe times are at most {max} characters")
            String safeTimes,
            boolean messagesMayBeLeft,
            @Size(max = VictimFieldLengths.EMAIL, message = "The email address is at most {max} characters")
            String safeEmail,
            @Size(max = VictimFieldLengths.CODE_WORD, message = "The code word is at most {max} characters")
            String codeWord,
            @Size(max = VictimFieldLengths.ADDRESS_LINE, message = "Each address line is at most {max} characters")
            String addressLine1,
            @Size(max = VictimFieldLengths.ADDRESS_LINE, message = "Each address line is at most {max} characters")
            String addressLine2,
            @Size(max = VictimFieldLengths.TOWN, message = "The town is at most {max} characters") String addressTown,
            @Size(max = VictimFieldLengths.POSTCODE, message = "The postcode is at most {max} characters")
            String addressPostcode,
            boolean inRefuge,
            @Size(max = VictimFieldLengths.LANGUAGE, message = "The language is at most {max} characters")
            String preferredLanguage,
            boolean interpreterRequired,
            @NotNull(message = "Select whether she consents to contact") Consent consent,
            LocalDate consentOn,
            List<@Valid Perpetrator> perpetrators,
            List<@Valid Child> children) {

        public VictimForm {
            perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
            children = children == null ? List.of() : List.copyOf(children);
        }

        public VictimDetails details() {
            return new VictimDetails(partnerContactWorker, safePhone, safeTimes, messagesMayBeLeft, safeEmail,
                    codeWord, addressLine1, addressLine2, addressTown, addressPostcode, inRefuge, preferredLanguage,
                    interpreterRequired, consent, consentOn);
        }
    }

    public record Perpetrator(@NotNull(message = "Choose the perpetrator") Long personId,
            @NotNull(message = "Select how the perpetrator is connected to her") RelationshipType relationship) {
    }

    public record Child(
            @NotNull(message = "Enter the child's name")
            @Size(max = VictimFieldLengths.CHILD_NAME, message = "The child's name is at most {max} characters")
            String name,
            LocalDate dateOfBirth) {
    }

    /** One attempt to reach her, logged on a partner-contact plan. */
    public record ContactForm(
            @NotNull(message = "Enter the date of the attempt") LocalDate attemptedOn,
            @NotNull(message = "Select how you tried to reach her") ContactMethod method,
            @NotNull(message = "Select what came of the attempt") ContactOutcome outcome,
            @Size(max = VictimFieldLengths.CONTACT_NOTE, message = "Disclosures are at most {max} characters")
            String disclosures,
            @Size(max = VictimFieldLengths.CONTACT_NOTE, message = "Concerns are at most {max} characters")
            String concerns,
            @Size(max = VictimFieldLengths.CONTACT_NOTE, message = "Actions are at most {max} characters")
            String actions) {
    }
}
