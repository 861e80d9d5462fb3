package uk.org.throughline.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a referral's life: the status it reached, on which day, who recorded it and why; or,
 * for a step that names the case worker, the worker who answers for the person from then on (the
 * status is then the one the referral stayed in).
 */
@Embeddable
public class ReferralStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ReferralStatus status;

    @Column(name = "changed_on", nullable = false)
    private LocalDate on;

    @Column(name = "changed_by", length = ProgrammeFieldLengths.USERNAME, nullable = false)
    private String by;

    @Column(name = "reason", length = ProgrammeFieldLengths.REASON)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "case_worker", length = ProgrammeFieldLengths.USERNAME)
    private String caseWorker;

    protected ReferralStep() {
        // for JPA
    }

    ReferralStep(ReferralStatus status, LocalDate on, String by, String reason, Instant recordedAt) {
        this.status = status;
        this.on = on;
        this.by = by;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    static ReferralStep caseWorkerNamed(ReferralStatus stayed, String caseWorker, LocalDate on, String by,
            Instant recordedAt) {
        ReferralStep step = new ReferralStep(stayed, on, by, null, recordedAt);
        step.caseWorker = caseWorker;
        return step;
    }

    /** What the step did, as the history shows it: the status reached, or the case worker named. */
    public String label() {
        return caseWorker == null ? status.label() : "Case worker: " + caseWorker;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate on() {
        return on;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The case worker the step named; null for a change of status. */
    public String caseWorker() {
        return caseWorker;
    }
}
