package uk.org.throughline.domain.model.attendance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * One session of a cohort, with its register. A scheduled session's register is whoever had a place
 * in the cohort that day; a catch-up repeats a session's content for the people who missed it. The
 * session's version guards its register: two people saving it at once cannot both win.
 */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    /** Which of the programme's sessions this is (from 1); a catch-up has the number of the one it repeats. */
    @Column(name = "session_number", nullable = false)
    private int number;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catch_up_for_id")
    private ProgrammeSession catchUpFor;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "catch_up_participant", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "referral_id"))
    private List<ProgrammeReferral> catchUpParticipants = new ArrayList<>();

    /** The date first planned, once the session has moved. */
    @Column(name = "rescheduled_from")
    private LocalDate rescheduledFrom;

    @Column(name = "reschedule_reason", length = ProgrammeFieldLengths.REASON)
    private String rescheduleReason;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<AttendanceRecord> attendance = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgrammeSession() {
        // for JPA
    }

    private ProgrammeSession(Cohort cohort, int number, LocalDate date, LocalTime startTime, LocalTime endTime,
            Instant now) {
        this.cohort = cohort;
        this.number = number;
        this.sessionDate = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The cohort's sessions, one for each of its programme's.
     *
     * @param existing the cohort's sessions so far: a cohort is scheduled once, then sessions move one by one
     */
    public static List<ProgrammeSession> schedule(Cohort cohort, Schedule schedule, List<ProgrammeSession> existing,
            Instant now) {
        if (!cohort.isOpen()) {
            throw new BusinessException("\"" + cohort.name() + "\" is closed.");
        }
        if (!existing.isEmpty()) {
            throw new BusinessException("\"" + cohort.name() + "\" already has its sessions: reschedule a single "
                    + "session, or add a catch-up, instead.");
        }
        int sessions = cohort.programme().sessionCount();
        if (schedule.sessions().size() != sessions) {
            throw new InvalidFieldException("sessionCount", cohort.programme().name() + " has " + sessions
                    + " sessions, not " + schedule.sessions().size());
        }
        return schedule.sessions().stream()
                .map(planned -> new ProgrammeSession(cohort, planned.number(), planned.date(), planned.startTime(),
                        planned.endTime(), now))
                .toList();
    }

    /**
     * A session repeating {@code missed}'s content for people who had a place that day but did not
     * cover it (absent, or left early).
     */
    public static ProgrammeSession catchUp(ProgrammeSession missed, List<ProgrammeReferral> participants,
            LocalDate date, LocalTime startTime, BankHolidays holidays, LocalDate today, Instant now) {
        if (participants == null || participants.isEmpty()) {
            throw new InvalidFieldException("participants", "Choose who the catch-up is for");
        }
        if (!missed.cohort.isOpen()) {
            throw new BusinessException("\"" + missed.cohort.name() + "\" is closed.");
        }
        for (ProgrammeReferral participant : participants) {
            if (!missed.register().contains(participant)) {
                throw new BusinessException("Referral " + participant.id() + " was not on the register of "
                        + missed.describe() + ".");
            }
            if (missed.attendanceOf(participant).filter(record -> record.mark().coversSession()).isPresent()) {
                throw new BusinessException("Referral " + participant.id() + " attended " + missed.describe()
                        + ": there is nothing to catch up.");
            }
        }
        ProgrammeSession catchUp = new ProgrammeSession(missed.cohort, missed.number, null, null, null, now);
        catchUp.moveTo(date, startTime, missed.length(), holidays, today);
        catchUp.catchUpFor = missed;
        catchUp.catchUpParticipants.addAll(participants);
        return catchUp;
    }

    /**
     * Moves this one session, e.g. when the venue is not available. The date it was first planned
     * for is kept.
     *
     * @throws BusinessException if its register has been started, or the new day is a bank holiday
     */
    public void reschedule(LocalDate date, LocalTime start, String reason, BankHolidays holidays, LocalDate today,
            Instant now) {
        if (!attendance.isEmpty()) {
            throw new BusinessException(describe() + " already has attendance recorded, so it cannot move.");
        }
        String checkedReason = Fields.requiredText(reason, ProgrammeFieldLengths.REASON, "reason",
                "Say why the session is moving");
        LocalDate plannedFor = rescheduledFrom == null ? sessionDate : rescheduledFrom;
        moveTo(date, start, length(), holidays, today);
        this.rescheduledFrom = plannedFor;
        this.rescheduleReason = checkedReason;
        this.updatedAt = now;
    }

    private void moveTo(LocalDate date, LocalTime start, Duration length, BankHolidays holidays, LocalDate today) {
        Fields.required(date, "date", "Enter the date of the session");
        Fields.required(start, "startTime", "Enter the start time");
        if (date.isBefore(today)) {
            throw new InvalidFieldException("date", "A session can be planned for today or later, not "
                    + UkDate.format(date));
        }
        holidays.on(date).ifPresent(holiday -> {
            throw new InvalidFieldException("date", UkDate.format(date) + " is a bank holiday (" + holiday + ")");
        });
        LocalTime end = start.plus(length);
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("startTime", "A session must end by midnight of the day it starts");
        }
        this.sessionDate = date;
        this.startTime = start;
        this.endTime = end;
    }

    /** Who should be on the register: a catch-up's participants, or whoever had a place in the cohort that day. */
    public List<ProgrammeReferral> register() {
        return catchUpFor != null ? Collections.unmodifiableList(catchUpParticipants) : cohort.membersOn(sessionDate);
    }

    /**
     * The register of a cohort's first session starts the group: it needs the programme's smallest group
     * or a manager's reason ({@link Cohort#requireEnoughToStart}).
     *
     * @throws uk.org.throughline.domain.shared.BusinessException if the group is too small to start
     */
    public void requireGroupMayStart() {
        if (catchUpFor == null && number == 1) {
            cohort.requireEnoughToStart(register().size());
        }
    }

    /**
     * Records or corrects one line of the register. The first line recorded for someone allocated
     * starts their programme.
     *
     * @throws BusinessException if the session has not started yet, or the person is not on its register
     */
    public Marked record(ProgrammeReferral participant, AttendanceEntry entry, String by, Instant now) {
        if (!hasStarted(now)) {
            throw new BusinessException(describe() + " starts at " + startTime + ": attendance can be recorded "
                    + "once it has started.");
        }
        if (!register().contains(participant)) {
            throw new BusinessException("Referral " + participant.id() + " is not on the register of " + describe()
                    + ".");
        }
        Optional<AttendanceRecord> existing = attendanceOf(participant);
        Marked marked;
        if (existing.isPresent()) {
            AttendanceRecord record = existing.get();
            boolean wasFailure = record.isFailureToComply();
            boolean wasDisclosure = record.line().disclosureOrConcern();
            AttendanceMark before = record.mark();
            record.correct(entry, by, now);
            AttendanceMark after = record.mark();
            marked = new Marked(record, !wasFailure && record.isFailureToComply(),
                    !wasDisclosure && record.line().disclosureOrConcern(),
                    before != after && (before.toldToPartnerContact() || after.toldToPartnerContact()));
        } else {
            AttendanceRecord record = new AttendanceRecord(this, participant, entry, by, now);
            attendance.add(record);
            marked = new Marked(record, record.isFailureToComply(), record.line().disclosureOrConcern(),
                    record.mark().toldToPartnerContact());
        }
        if (participant.status() == ReferralStatus.ALLOCATED) {
            participant.start(sessionDate, by, now);
        }
        this.updatedAt = now;
        return marked;
    }

    public Optional<AttendanceRecord> attendanceOf(ProgrammeReferral participant) {
        return attendance.stream().filter(record -> record.referral() == participant).findFirst();
    }

    /** On the register but not yet marked. */
    public List<ProgrammeReferral> unmarked() {
        return register().stream().filter(participant -> attendanceOf(participant).isEmpty()).toList();
    }

    public boolean hasStarted(Instant now) {
        return !startsAt().atZone(UkDate.LONDON).toInstant().isAfter(now);
    }

    public LocalDateTime startsAt() {
        return LocalDateTime.of(sessionDate, startTime);
    }

    public String moduleName() {
        return cohort.programme().moduleOf(number).name();
    }

    /** E.g. "session 3 on 20/01/2026", or "the catch-up of session 3 on 27/01/2026". */
    public String describe() {
        return (catchUpFor == null ? "session " : "the catch-up of session ") + number + " on "
                + UkDate.format(sessionDate);
    }

    private Duration length() {
        return Duration.between(startTime, endTime);
    }

    /**
     * A line of the register as saved.
     *
     * @param newFailure    the line has just become a failure to comply, so the route's enforcement applies
     * @param newDisclosure the line has just been flagged with a disclosure or concern, so the workers are alerted
     * @param newsForPartnerContact the mark has just become one her partner-contact worker hears of, or has
     *                      changed from one, so what she was told is out of date (a correction or a judgement)
     */
    public record Marked(AttendanceRecord record, boolean newFailure, boolean newDisclosure,
            boolean newsForPartnerContact) {
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Cohort cohort() {
        return cohort;
    }

    public int number() {
        return number;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public Optional<ProgrammeSession> catchUpFor() {
        return Optional.ofNullable(catchUpFor);
    }

    public LocalDate rescheduledFrom() {
        return rescheduledFrom;
    }

    public String rescheduleReason() {
        return rescheduleReason;
    }

    public List<AttendanceRecord> attendance() {
        return Collections.unmodifiableList(attendance);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
