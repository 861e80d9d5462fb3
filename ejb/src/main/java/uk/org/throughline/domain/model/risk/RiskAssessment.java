package uk.org.throughline.domain.model.risk;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * One DASH risk assessment of a victim: the answers, the score and level the checklist gives, and
 * the level professional judgement sets, which may raise the checklist's but never lower it. An
 * assessment is a record of what was said on the day: a later change of risk is a new assessment.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessor", length = RiskFieldLengths.ASSESSOR, nullable = false)
    private String assessor;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 30, nullable = false)
    private AssessmentSource source;

    @Column(name = "instrument", length = RiskFieldLengths.INSTRUMENT, nullable = false)
    private String instrument;

    @Column(name = "incident_id")
    private Long incidentId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "risk_assessment_answer", joinColumns = @JoinColumn(name = "risk_assessment_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "question", length = 40)
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", length = 20, nullable = false)
    private Map<DashQuestion, DashAnswer> answers = new HashMap<>();

    @Column(name = "score", nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(name = "checklist_level", length = 10, nullable = false)
    private DashLevel checklistLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "judged_level", length = 10)
    private DashLevel judgedLevel;

    @Column(name = "judgement_reason", length = RiskFieldLengths.REASON)
    private String judgementReason;

    @Column(name = "recorded_by", length = RiskFieldLengths.USERNAME, nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RiskAssessment() {
        // for JPA
    }

    /**
     * @throws InvalidFieldException naming the field if a detail is missing, a question unanswered, the
     *         date in the future, or the judged level not above the checklist's or without a reason
     */
    public RiskAssessment(AssessmentDetails details, String recordedBy, LocalDate today, Instant now) {
        this.personId = details.personId();
        this.assessedOn = Fields.pastDate(details.assessedOn(), today, "assessedOn", "date of the assessment");
        this.assessor = Fields.requiredText(details.assessor(), RiskFieldLengths.ASSESSOR, "assessor",
                "Enter who carried out the assessment");
        this.source = Fields.required(details.source(), "source", "Select which agency carried out the assessment");
        this.incidentId = details.incidentId();
        DashChecklist.requireComplete(details.answers());
        this.answers.putAll(details.answers());
        this.instrument = DashChecklist.INSTRUMENT;
        this.score = DashChecklist.score(details.answers());
        this.checklistLevel = DashChecklist.levelFor(score);
        judge(details.judgedLevel(), details.judgementReason());
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.createdAt = now;
    }

    /** Professional judgement may raise the level the checklist gives, with its reason; it never lowers it. */
    private void judge(DashLevel judged, String reason) {
        if (judged == null) {
            if (reason != null && !reason.isBlank()) {
                throw new InvalidFieldException("judgedLevel", "Select the level you judge, or leave the reason empty");
            }
            return;
        }
        if (judged.isAtMost(checklistLevel)) {
            throw new InvalidFieldException("judgedLevel", "Professional judgement can raise the level but never "
                    + "lower it: the checklist gives " + checklistLevel.label().toLowerCase(Locale.UK)
                    + " (score " + score + "), so choose a higher level or leave it as the checklist gives");
        }
        this.judgementReason = Fields.requiredText(reason, RiskFieldLengths.REASON, "judgementReason",
                "Give the reason for raising the level");
        this.judgedLevel = judged;
    }

    /** The level that stands: the judged level when professional judgement raised it, else the checklist's. */
    public DashLevel level() {
        return judgedLevel == null ? checklistLevel : judgedLevel;
    }

    /** The optional screens that were answered. */
    public Set<DashSection> screens() {
        Set<DashSection> screens = EnumSet.noneOf(DashSection.class);
        answers.keySet().stream().map(DashQuestion::section).filter(DashSection::isOptional).forEach(screens::add);
        return screens;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long personId() {
        return personId;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessor() {
        return assessor;
    }

    public AssessmentSource source() {
        return source;
    }

    public String instrument() {
        return instrument;
    }

    public Long incidentId() {
        return incidentId;
    }

    /** In the order the questions are asked. */
    public Map<DashQuestion, DashAnswer> answers() {
        Map<DashQuestion, DashAnswer> ordered = new EnumMap<>(DashQuestion.class);
        ordered.putAll(answers);
        return Collections.unmodifiableMap(ordered);
    }

    public int score() {
        return score;
    }

    public DashLevel checklistLevel() {
        return checklistLevel;
    }

    public DashLevel judgedLevel() {
        return judgedLevel;
    }

    public String judgementReason() {
        return judgementReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
