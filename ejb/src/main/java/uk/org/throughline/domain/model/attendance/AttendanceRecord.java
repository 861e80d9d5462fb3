package uk.org.throughline.domain.model.attendance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * One person's attendance at one session. Part of the session, whose version guards the whole
 * register. A correction keeps the line it replaces, with who changed it, when and why.
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

    @Embedded
    private RegisterLine line;

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
        this.line = new RegisterLine(entry, by, now);
    }

    /**
     * Changes the line, keeping the one it replaces. Judging an absence that was awaiting evidence
     * needs no correction reason, nor do changed notes; changing what was recorded does.
     *
     * @return false when the entry says what the record already says
     */
    boolean correct(AttendanceEntry entry, String by, Instant now) {
        RegisterLine next = new RegisterLine(entry, by, now);
        if (next.saysTheSameAs(line)) {
            return false;
        }
        boolean judged = line.mark() == AttendanceMark.ABSENT_AWAITING_EVIDENCE && next.mark().absent();
        boolean markChanged = next.mark() != line.mark() || next.failedToComply() != line.failedToComply();
        String reason = Fields.optionalText(entry.correctionReason(), ProgrammeFieldLengths.REASON, "correctionReason");
        if (markChanged && !judged && reason == null) {
            throw new InvalidFieldException("correctionReason", "This was recorded as \"" + line.describeMark()
                    + "\" by " + line.recordedBy() + ": say why it is being corrected");
        }
        revisions.add(new AttendanceRevision(line, by, now, reason));
        this.line = next;
        return true;
    }

    public boolean isFailureToComply() {
        return line.isFailureToComply();
    }

    public OutcomeCode outcome() {
        return line.outcome();
    }

    /** The last working day to show a reasonable excuse, while the absence is awaiting evidence. */
    public Optional<LocalDate> evidenceDueBy(BankHolidays holidays, ProgrammeTimescales timescales) {
        return line.mark() == AttendanceMark.ABSENT_AWAITING_EVIDENCE
                ? Optional.of(holidays.addWorkingDays(session.sessionDate(), timescales.evidenceWorkingDays()))
                : Optional.empty();
    }

    /** The mark this line replaced when it was recorded, if it corrected or judged an earlier one. */
    public Optional<AttendanceMark> markReplaced() {
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        AttendanceRevision replaced = revisions.get(revisions.size() - 1);
        return replaced.replacedAt().equals(line.recordedAt()) ? Optional.of(replaced.line().mark())
                : Optional.empty();
    }

    /**
     * The working days to show a reasonable excuse have run out with the absence still awaiting
     * evidence: from the day after {@link #evidenceDueBy}, it must be judged acceptable or unacceptable.
     */
    public boolean evidenceWindowClosedOn(LocalDate today, BankHolidays holidays, ProgrammeTimescales timescales) {
        return evidenceDueBy(holidays, timescales).filter(today::isAfter).isPresent();
    }

    /** What happened, for a warning letter or a caution note, e.g. "Failed to attend session 3 ... on 10/03/2026". */
    public String describe() {
        String which = "session " + session.number() + " (" + session.moduleName() + ") on "
                + UkDate.format(session.sessionDate());
        if (line.mark().present()) {
            return "Attended " + which + " but failed to comply: " + line.engagementNotes();
        }
        return line.describeMark() + ": " + which
                + (line.absenceReason() == null ? "" : " (" + line.absenceReason() + ")");
    }

    /** The session numbers whose content the records show was covered, catch-ups included. */
    public static Set<Integer> sessionsCovered(Collection<AttendanceRecord> records) {
        return records.stream()
                .filter(record -> record.line.mark().coversSession())
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

    /** What the register says now. */
    public RegisterLine line() {
        return line;
    }

    public AttendanceMark mark() {
        return line.mark();
    }

    /** Earlier marks, oldest first. */
    public List<AttendanceRevision> revisions() {
        return Collections.unmodifiableList(revisions);
    }
}
