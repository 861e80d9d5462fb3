package uk.org.throughline.domain.model.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.org.throughline.domain.shared.Fields;

/** One try to reach her, with what she disclosed, the worker's concerns and the actions agreed. Never changed. */
@Embeddable
public class ContactAttempt {

    @Column(name = "attempted_on", nullable = false)
    private LocalDate attemptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 20, nullable = false)
    private ContactMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    private ContactOutcome outcome;

    @Column(name = "disclosures", length = VictimFieldLengths.CONTACT_NOTE)
    private String disclosures;

    @Column(name = "concerns", length = VictimFieldLengths.CONTACT_NOTE)
    private String concerns;

    @Column(name = "actions", length = VictimFieldLengths.CONTACT_NOTE)
    private String actions;

    @Column(name = "recorded_by", length = VictimFieldLengths.USERNAME, nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ContactAttempt() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException naming the field missing, too long or in the future */
    public ContactAttempt(LocalDate attemptedOn, ContactMethod method, ContactOutcome outcome, String disclosures,
            String concerns, String actions, String recordedBy, LocalDate today, Instant now) {
        this.attemptedOn = Fields.pastDate(attemptedOn, today, "attemptedOn", "date of the attempt");
        this.method = Fields.required(method, "method", "Select how you tried to reach her");
        this.outcome = Fields.required(outcome, "outcome", "Select what came of the attempt");
        this.disclosures = Fields.optionalText(disclosures, VictimFieldLengths.CONTACT_NOTE, "disclosures");
        this.concerns = Fields.optionalText(concerns, VictimFieldLengths.CONTACT_NOTE, "concerns");
        this.actions = Fields.optionalText(actions, VictimFieldLengths.CONTACT_NOTE, "actions");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = now;
    }

    public LocalDate attemptedOn() {
        return attemptedOn;
    }

    public ContactMethod method() {
        return method;
    }

    public ContactOutcome outcome() {
        return outcome;
    }

    public String disclosures() {
        return disclosures;
    }

    public String concerns() {
        return concerns;
    }

    public String actions() {
        return actions;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
