package uk.org.throughline.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.shared.Fields;

/**
 * What a register says about one person at one session, and who said it when. Never changed: a
 * correction writes a new line and keeps this one as a revision.
 */
@Embeddable
public class RegisterLine {

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

    protected RegisterLine() {
        // for JPA
    }

    /** @throws InvalidFieldException naming what the mark still needs */
    RegisterLine(AttendanceEntry entry, String by, Instant now) {
        entry.check();
        this.mark = entry.mark();
        this.engagementNotes = Fields.optionalText(entry.engagementNotes(), ProgrammeFieldLengths.NOTES,
                "engagementNotes");
        this.absenceReason = mark.absent()
                ? Fields.optionalText(entry.absenceReason(), ProgrammeFieldLengths.REASON, "absenceReason") : null;
        this.failedToComply = entry.failedToComply();
        this.disclosureOrConcern = entry.disclosureOrConcern();
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = now;
    }

    /** Whether {@code other} says the same: same mark, compliance, reason, notes and flag. */
    boolean saysTheSameAs(RegisterLine other) {
        return other.mark == mark && other.failedToComply == failedToComply
                && other.disclosureOrConcern == disclosureOrConcern
                && Objects.equals(other.absenceReason, absenceReason)
                && Objects.equals(other.engagementNotes, engagementNotes);
    }

    /** An absence without reasonable excuse, or attending but failing to comply: what enforcement acts on. */
    public boolean isFailureToComply() {
        return mark == AttendanceMark.ABSENT_UNACCEPTABLE || (mark.present() && failedToComply);
    }

    public OutcomeCode outcome() {
        return mark.outcome(failedToComply);
    }

    /** E.g. "Attended, failed to comply", or "Absent — awaiting evidence". */
    public String describeMark() {
        return mark.present() && failedToComply ? mark.label() + ", failed to comply" : mark.label();
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
}
