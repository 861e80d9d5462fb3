package uk.org.throughline.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;

/** An attendance mark as it was before a correction replaced it, with who replaced it, when and why. */
@Embeddable
public class AttendanceRevision {

    @Enumerated(EnumType.STRING)
    @Column(name = "mark", length = 30, nullable = false)
    private AttendanceMark mark;

    @Column(name = "failed_to_comply", nullable = false)
    private boolean failedToComply;

    @Column(name = "absence_reason", length = ProgrammeFieldLengths.REASON)
    private String absenceReason;

    @Column(name = "engagement_notes", length = ProgrammeFieldLengths.NOTES)
    private String engagementNotes;

    @Column(name = "disclosure_or_concern", nullable = false)
    private boolean disclosureOrConcern;

    @Column(name = "recorded_by", length = ProgrammeFieldLengths.USERNAME, nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

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

    AttendanceRevision(AttendanceRecord before, String replacedBy, Instant replacedAt, String correctionReason) {
        this.mark = before.mark();
        this.failedToComply = before.failedToComply();
        this.absenceReason = before.absenceReason();
        this.engagementNotes = before.engagementNotes();
        this.disclosureOrConcern = before.disclosureOrConcern();
        this.recordedBy = before.recordedBy();
        this.recordedAt = before.recordedAt();
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
        this.correctionReason = correctionReason;
    }

    public AttendanceMark mark() {
        return mark;
    }

    public boolean failedToComply() {
        return failedToComply;
    }

    public String absenceReason() {
        return absenceReason;
    }

    public String engagementNotes() {
        return engagementNotes;
    }

    public boolean disclosureOrConcern() {
        return disclosureOrConcern;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
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
