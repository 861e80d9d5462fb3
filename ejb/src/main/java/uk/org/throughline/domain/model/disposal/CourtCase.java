package uk.org.throughline.domain.model.disposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The court case a charge opens: hearings, plea, verdict and sentence, moving through
 * {@link CourtCaseStage}s. A restraining order made at the end (on conviction or acquittal) is only
 * noted here with its date; the order itself is recorded by the civil-orders part, which links to
 * this case by its id.
 */
@Entity
@Table(name = "court_case")
public class CourtCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "disposal_id", nullable = false)
    private Disposal disposal;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20, nullable = false)
    private CourtCaseStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "plea", length = 20)
    private Plea plea;

    @Column(name = "pleaded_on")
    private LocalDate pleadedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20)
    private Verdict verdict;

    @Column(name = "verdict_on")
    private LocalDate verdictOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sentence_type", length = 30)
    private SentenceType sentenceType;

    @Column(name = "sentenced_on")
    private LocalDate sentencedOn;

    /** When the order or licence ends, if known: until then the person is "serving an order". */
    @Column(name = "sentence_ends_on")
    private LocalDate sentenceEndsOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sentence_requirement", joinColumns = @JoinColumn(name = "court_case_id"))
    private List<CommunityRequirement> requirements = new ArrayList<>();

    @Column(name = "restraining_order_made_on")
    private LocalDate restrainingOrderMadeOn;

    @OneToMany(mappedBy = "courtCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("hearingDate, id")
    private List<CourtHearing> hearings = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourtCase() {
        // for JPA
    }

    CourtCase(Disposal disposal, Instant now) {
        this.disposal = disposal;
        this.personId = disposal.personId();
        this.stage = CourtCaseStage.AWAITING_PLEA;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Adds a hearing. A listed hearing may be in the future, but only a hearing that has happened can
     * have a result.
     */
    public void addHearing(LocalDate hearingDate, String court, String result, LocalDate today, Instant now) {
        Fields.required(hearingDate, "hearingDate", "Enter the date of the hearing");
        notBeforeCharge(hearingDate, "hearingDate", "date of the hearing");
        String checkedResult = Fields.optionalText(result, PoliceFieldLengths.REASON, "result");
        if (checkedResult != null && hearingDate.isAfter(today)) {
            throw new InvalidFieldException("result", "A hearing in the future has no result yet");
        }
        hearings.add(new CourtHearing(this, hearingDate,
                Fields.requiredText(court, PoliceFieldLengths.COURT, "court", "Enter the court"), checkedResult));
        this.updatedAt = now;
    }

    /** A guilty plea convicts on the day; a not-guilty plea sends the case to trial. A plea may change until the verdict. */
    public void recordPlea(Plea newPlea, LocalDate on, LocalDate today, Instant now) {
        requireStage("record a plea", CourtCaseStage.AWAITING_PLEA, CourtCaseStage.AWAITING_TRIAL);
        Fields.required(newPlea, "plea", "Select the plea");
        this.pleadedOn = courtDate(on, today, "pleadedOn", "date of the plea");
        this.plea = newPlea;
        if (newPlea == Plea.GUILTY) {
            this.verdict = Verdict.GUILTY;
            this.verdictOn = on;
            this.stage = CourtCaseStage.AWAITING_SENTENCE;
        } else {
            this.stage = CourtCaseStage.AWAITING_TRIAL;
        }
        this.updatedAt = now;
    }

    /** Guilty leads to sentence; any other verdict ends the case. */
    public void recordVerdict(Verdict newVerdict, LocalDate on, LocalDate today, Instant now) {
        requireStage("record a verdict", CourtCaseStage.AWAITING_PLEA, CourtCaseStage.AWAITING_TRIAL);
        Fields.required(newVerdict, "verdict", "Select the verdict");
        LocalDate verdictDate = courtDate(on, today, "verdictOn", "date of the verdict");
        if (pleadedOn != null) {
            notBefore(verdictDate, pleadedOn, "the plea", "verdictOn", "date of the verdict");
        }
        this.verdict = newVerdict;
        this.verdictOn = verdictDate;
        this.stage = newVerdict == Verdict.GUILTY ? CourtCaseStage.AWAITING_SENTENCE : CourtCaseStage.CONCLUDED;
        this.updatedAt = now;
    }

    public void recordSentence(SentenceType type, LocalDate on, LocalDate endsOn,
            List<CommunityRequirement> newRequirements, LocalDate today, Instant now) {
        requireStage("record a sentence", CourtCaseStage.AWAITING_SENTENCE);
        Fields.required(type, "sentenceType", "Select the sentence");
        LocalDate sentenceDate = courtDate(on, today, "sentencedOn", "date of sentence");
        notBefore(sentenceDate, verdictOn, "the conviction", "sentencedOn", "date of sentence");
        if (endsOn != null && !endsOn.isAfter(sentenceDate)) {
            throw new InvalidFieldException("endsOn", "The sentence must end after it was passed");
        }
        if (type.requiresRequirements() && newRequirements.isEmpty()) {
            throw new InvalidFieldException("requirements", "A community order needs at least one requirement");
        }
        if (!type.allowsRequirements() && !newRequirements.isEmpty()) {
            throw new InvalidFieldException("requirements", type.label() + " has no requirements: remove them");
        }
        this.sentenceType = type;
        this.sentencedOn = sentenceDate;
        this.sentenceEndsOn = endsOn;
        requirements.clear();
        requirements.addAll(newRequirements);
        this.stage = CourtCaseStage.CONCLUDED;
        this.updatedAt = now;
    }

    /**
     * Notes that the court made a restraining order, on conviction or on acquittal (Protection from
     * Harassment Act 1997 s.5 and s.5A), so only once there is a verdict.
     */
    public void recordRestrainingOrderMade(LocalDate on, LocalDate today, Instant now) {
        if (verdict == null) {
            throw new BusinessException("The case is \"" + stage.label()
                    + "\": a restraining order is made on conviction or acquittal, so record the verdict first.");
        }
        if (restrainingOrderMadeOn != null) {
            throw new BusinessException("A restraining order was already recorded as made on "
                    + UkDate.format(restrainingOrderMadeOn));
        }
        LocalDate madeOn = courtDate(on, today, "madeOn", "date the order was made");
        this.restrainingOrderMadeOn = notBefore(madeOn, verdictOn, "the verdict", "madeOn",
                "date the order was made");
        this.updatedAt = now;
    }

    /** Whether the sentence is still running on that day (for "not serving an order" checks). */
    public boolean isServingSentenceOn(LocalDate day) {
        return sentenceType != null && sentenceEndsOn != null && !day.isAfter(sentenceEndsOn);
    }

    private LocalDate courtDate(LocalDate on, LocalDate today, String field, String what) {
        Fields.pastDate(on, today, field, what);
        return notBeforeCharge(on, field, what);
    }

    private LocalDate notBeforeCharge(LocalDate day, String field, String what) {
        return notBefore(day, disposal.decidedOn(), "the charge", field, what);
    }

    /** @param event what happened on {@code earliest}, for the message: "the charge", "the plea" */
    private static LocalDate notBefore(LocalDate day, LocalDate earliest, String event, String field, String what) {
        if (day.isBefore(earliest)) {
            throw new InvalidFieldException(field, "The " + what + " cannot be before " + event + " ("
                    + UkDate.format(earliest) + ")");
        }
        return day;
    }

    private void requireStage(String action, CourtCaseStage... allowed) {
        if (!List.of(allowed).contains(stage)) {
            throw new BusinessException("The case is \"" + stage.label() + "\", so you cannot " + action + ".");
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Disposal disposal() {
        return disposal;
    }

    public long personId() {
        return personId;
    }

    public CourtCaseStage stage() {
        return stage;
    }

    public Plea plea() {
        return plea;
    }

    public LocalDate pleadedOn() {
        return pleadedOn;
    }

    public Verdict verdict() {
        return verdict;
    }

    public LocalDate verdictOn() {
        return verdictOn;
    }

    public SentenceType sentenceType() {
        return sentenceType;
    }

    public LocalDate sentencedOn() {
        return sentencedOn;
    }

    public LocalDate sentenceEndsOn() {
        return sentenceEndsOn;
    }

    public List<CommunityRequirement> requirements() {
        return Collections.unmodifiableList(requirements);
    }

    public LocalDate restrainingOrderMadeOn() {
        return restrainingOrderMadeOn;
    }

    public List<CourtHearing> hearings() {
        return Collections.unmodifiableList(hearings);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
