package uk.org.throughline.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;

/** A register line as it was before a correction replaced it, with who replaced it, when and why. */
@Embeddable
public class AttendanceRevision {

    @Embedded
    private RegisterLine line;

    @Column(name = "replaced_by", length = ProgrammeFieldLengths.USERNAME, nullable = false)
    private String replacedBy;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    /** Null when the change needed no reason: an absence judged once its evidence was in, or notes added. */
    @Column(name = "correction_reason", length = ProgrammeFieldLengths.REASON)
    private String correctionReason;

    protected AttendanceRevision() {
        // for JPA
    }

    AttendanceRevision(RegisterLine line, String replacedBy, Instant replacedAt, String correctionReason) {
        this.line = line;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
        this.correctionReason = correctionReason;
    }

    public RegisterLine line() {
        return line;
    }

    public String replacedBy() {
        return replacedBy;
    }

    public Instant replacedAt() {
        return replacedAt;
    }

    public String correctionReason() {
        return correctionReason;
    }
}
