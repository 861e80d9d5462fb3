package uk.org.throughline.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a referral's life: the status it reached, on which day, who recorded it and why. */
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
}
