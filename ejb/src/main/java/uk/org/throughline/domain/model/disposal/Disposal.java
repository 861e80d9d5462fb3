package uk.org.throughline.domain.model.disposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The outcome decided for one suspect of an incident, after their arrest or voluntary interview. A
 * charge opens a court case. A later decision (prosecution after a failed caution) is a new disposal,
 * so the history of decisions is kept.
 */
@Entity
@Table(name = "disposal")
public class Disposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Column(name = "person_id", nullable = false)
    private long personId;

    /** Exactly one of the arrest and the voluntary interview is set. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "arrest_id")
    private Arrest arrest;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voluntary_interview_id")
    private VoluntaryInterview voluntaryInterview;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_type", length = 60, nullable = false)
    private OutcomeType outcomeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_maker", length = 10, nullable = false)
    private DecisionMaker decisionMaker;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "reason", length = PoliceFieldLengths.REASON, nullable = false)
    private String reason;

    @OneToOne(mappedBy = "disposal", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private CourtCase courtCase;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Disposal() {
        // for JPA
    }

    /**
     * Records the decision, opening the court case if it is a charge and ending the bail of the arrest
     * it follows.
     *
     * @throws InvalidFieldException if a detail is missing, the date is in the future or before the
     *                               arrest or interview, or the outcome belongs to the other decision maker
     */
    public Disposal(SuspectContact contact, OutcomeType outcomeType, DecisionMaker decisionMaker, LocalDate decidedOn,
            String reason, LocalDate today, Instant now) {
        Fields.required(contact, "arrestId", "Select the arrest or voluntary interview the decision follows");
        this.outcomeType = Fields.required(outcomeType, "outcomeType", "Select the outcome");
        this.decisionMaker = Fields.required(decisionMaker, "decisionMaker", "Select who made the decision");
        outcomeType.onlyDecidedBy().filter(only -> only != decisionMaker).ifPresent(only -> {
            throw new InvalidFieldException("decisionMaker",
                    "Outcome " + outcomeType.codeAndLabel() + " can only be decided by the " + only.label());
        });
        this.decidedOn = Fields.pastDate(decidedOn, today, "decidedOn", "date of the decision");
        if (decidedOn.isBefore(contact.date())) {
            throw new InvalidFieldException("decidedOn", "The decision cannot be before the arrest or interview ("
                    + UkDate.format(contact.date()) + ")");
        }
        this.reason = Fields.requiredText(reason, PoliceFieldLengths.REASON, "reason", "Give the reason for the decision");
        this.incident = contact.incident();
        this.personId = contact.personId();
        if (contact instanceof Arrest byArrest) {
            this.arrest = byArrest;
            byArrest.endBailOn(decidedOn, now);
        } else {
            this.voluntaryInterview = (VoluntaryInterview) contact;
        }
        this.createdAt = now;
        if (outcomeType.opensCourtCase()) {
            this.courtCase = new CourtCase(this, now);
        }
    }

    /**
     * Refuses a further outcome for the same arrest or voluntary interview: the outcome is decided once.
     * The one exception is a charge after a conditional caution that failed and was decided to be prosecuted.
     *
     * @param prosecutionDecided whether this outcome is a conditional caution whose non-compliance decision
     *                           was to prosecute the original offence
     * @throws InvalidFieldException on "arrestId" or "voluntaryInterviewId", naming this outcome and its date
     */
    public void requireMayBeFollowedBy(OutcomeType next, boolean prosecutionDecided) {
        if (prosecutionDecided && next == OutcomeType.CHARGED_OR_SUMMONSED) {
            return;
        }
        String field = arrest != null ? "arrestId" : "voluntaryInterviewId";
        String contact = arrest != null ? "arrest" : "voluntary interview";
        throw new InvalidFieldException(field, "Outcome " + outcomeType.codeAndLabel() + " was already recorded for "
                + "this " + contact + " on " + UkDate.format(decidedOn) + (prosecutionDecided
                        ? ": after the failed caution only the charge of the original offence can follow"
                        : ": an " + contact + " has one outcome, unless a conditional caution fails and "
                                + "prosecution is decided"));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Incident incident() {
        return incident;
    }

    public long personId() {
        return personId;
    }

    public Optional<Arrest> arrest() {
        return Optional.ofNullable(arrest);
    }

    public Optional<VoluntaryInterview> voluntaryInterview() {
        return Optional.ofNullable(voluntaryInterview);
    }

    public OutcomeType outcomeType() {
        return outcomeType;
    }

    public DecisionMaker decisionMaker() {
        return decisionMaker;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reason() {
        return reason;
    }

    /** Present for a charge. */
    public Optional<CourtCase> courtCase() {
        return Optional.ofNullable(courtCase);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
