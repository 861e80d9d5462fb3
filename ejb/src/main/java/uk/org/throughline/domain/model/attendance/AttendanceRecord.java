package uk.org.throughline.domain.model.attendance;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.incident.Fields;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * One person's attendance at one session. Part of the session, whose version guards the whole
 * register. A correction keeps the mark it replaces, with who changed it, when and why.
 */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ProgrammeSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false)
    private ProgrammeReferral referral;

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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "attendance_revision", joinColumns = @JoinColumn(name = "attendance_record_id"))
    @OrderColumn(name = "position")
    private List<AttendanceRevision> revisions = new ArrayList<>();

    protected AttendanceRecord() {
        // for JPA
    }

    AttendanceRecord(ProgrammeSession session, ProgrammeReferral referral, AttendanceEntry entry, String by,
            Instant now) {
        this.session = session;
        this.referral = referral;
        take(entry, by, now);
    }

    /**
     * Changes the mark, keeping the one it replaces. Judging an absence that was awaiting evidence
     * needs no correction reason, nor do changed notes; changing what was recorded does.
     *
     * @return false when the entry says what the record already says
     */
    boolean correct(AttendanceEntry entry, String by, Instant now) {
        if (says(entry)) {
            return false;
        }
        boolean judged = mark == AttendanceMark.ABSENT_AWAITING_EVIDENCE && entry.mark() != null
                && entry.mark().absent();
        boolean markChanged = entry.mark() != mark || entry.failedToComply() != failedToComply;
        String reason = Fields.optionalText(entry.correctionReason(), ProgrammeFieldLengths.REASON, "correctionReason");
        if (markChanged && !judged && reason == null) {
            throw new InvalidFieldException("correctionReason", "This was recorded as \"" + describeMark()
                    + "\" by " + recordedBy + ": say why it is being corrected");
        }
        AttendanceRevision before = new AttendanceRevision(this, by, now, reason);
        take(entry, by, now);
        revisions.add(before);
        return true;
    }

    private boolean says(AttendanceEntry entry) {
        return entry.mark() == mark && entry.failedToComply() == failedToComply
                && entry.disclosureOrConcern() == disclosureOrConcern
                && Objects.equals(text(entry.absenceReason()), absenceReason)
                && Objects.equals(text(entry.engagementNotes()), engagementNotes);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void take(AttendanceEntry entry, String by, Instant now) {
        AttendanceMark newMark = Fields.required(entry.mark(), "mark", "Mark everyone on the register");
        String notes = Fields.optionalText(entry.engagementNotes(), ProgrammeFieldLengths.NOTES, "engagementNotes");
        if (entry.failedToComply() && !newMark.present()) {
            throw new InvalidFieldException("failedToComply", "Only someone who was there can fail to comply in "
                    + "the session");
        }
        if (entry.failedToComply() && notes == null) {
            throw new InvalidFieldException("engagementNotes", "Say how the person failed to comply");
        }
        if (entry.disclosureOrConcern() && notes == null) {
            throw new InvalidFieldException("engagementNotes", "Describe the disclosure or concern");
        }
        String reason = newMark.absent()
                ? Fields.optionalText(entry.absenceReason(), ProgrammeFieldLengths.REASON, "absenceReason") : null;
        if (newMark == AttendanceMark.ABSENT_ACCEPTABLE && reason == null) {
            throw new InvalidFieldException("absenceReason", "Give the reason the absence is acceptable, and the "
                    + "evidence for it");
        }
        this.mark = newMark;
        this.failedToComply = entry.failedToComply();
        this.absenceReason = reason;
        this.engagementNotes = notes;
        this.disclosureOrConcern = entry.disclosureOrConcern();
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = now;
    }

    /** An absence without reasonable excuse, or attending but failing to comply: what enforcement acts on. */
    public boolean isFailureToComply() {
        return mark == AttendanceMark.ABSENT_UNACCEPTABLE || (mark.present() && failedToComply);
    }

    public OutcomeCode outcome() {
        return mark.outcome(failedToComply);
    }

    /** The last working day to show a reasonable excuse, while the absence is awaiting evidence. */
    public Optional<LocalDate> evidenceDueBy(BankHolidays holidays, ProgrammeTimescales timescales) {
        return mark == AttendanceMark.ABSENT_AWAITING_EVIDENCE
                ? Optional.of(holidays.addWorkingDays(session.sessionDate(), timescales.evidenceWorkingDays()))
                : Optional.empty();
    }

    /** What happened, for a warning letter or a caution note, e.g. "Failed to attend session 3 ... on 10/03/2026". */
    public String describe() {
        String which = "session " + session.number() + " (" + session.moduleName() + ") on "
                + UkDate.format(session.sessionDate());
        if (mark.present()) {
            return "Attended " + which + " but failed to comply: " + engagementNotes;
        }
        return describeMark() + ": " + which + (absenceReason == null ? "" : " (" + absenceReason + ")");
    }

    private String describeMark() {
        return mark.present() && failedToComply ? mark.label() + ", failed to comply" : mark.label();
    }

    /** The session numbers whose content the records show was covered, catch-ups included. */
    public static Set<Integer> sessionsCovered(Collection<AttendanceRecord> records) {
        return records.stream()
                .filter(record -> record.mark.coversSession())
                .map(record -> record.session.number())
                .collect(Collectors.toSet());
    }

    public Long id() {
        return id;
    }

    public ProgrammeSession session() {
        return session;
    }

    public ProgrammeReferral referral() {
        return referral;
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

    /** Earlier marks, oldest first. */
    public List<AttendanceRevision> revisions() {
        return Collections.unmodifiableList(revisions);
    }
}
