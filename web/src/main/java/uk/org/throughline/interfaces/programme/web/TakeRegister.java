package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.RegisterForm;
import uk.org.throughline.application.programme.RegisterService;
import uk.org.throughline.application.programme.RegisterView;
import uk.org.throughline.domain.model.attendance.AttendanceEntry;
import uk.org.throughline.domain.model.attendance.AttendanceMark;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.security.web.SignedInRoles;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A session's attendance register ({@code ?session=}): one row per person, saved as one
 * transaction with the session's version as read, so a register someone else saved meanwhile is
 * refused with a conflict message rather than overwritten. Probation and YOT read it without the form.
 */
@Named
@ViewScoped
public class TakeRegister implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The marks offered, in the order a facilitator goes through them on the night. */
    private static final List<AttendanceMark> MARKS = List.of(AttendanceMark.ATTENDED, AttendanceMark.LATE,
            AttendanceMark.LEFT_EARLY, AttendanceMark.ABSENT_AWAITING_EVIDENCE, AttendanceMark.ABSENT_ACCEPTABLE,
            AttendanceMark.ABSENT_UNACCEPTABLE);


    @Inject
    RegisterService registers;

    @Inject
    Feedback feedback;

    private Long sessionId;
    private RegisterView register;
    private List<Row> rows;
    private boolean conflict;

    public void load() {
        register = registers.register(sessionId);
        rows = register.lines().stream().map(Row::new).toList();
    }

    /**
     * Checks every line first, so each message stands on its own row, then saves them all at once;
     * what only the service can judge (a changed mark needs a correction reason) comes back naming its line.
     */
    public String save() {
        RegisterForm form = new RegisterForm(register.session().version(), rows.stream().map(Row::toLine).toList());
        boolean valid = feedback.valid(form);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mark != null) {
                valid &= checked(i, form.lines().get(i).entry());
            }
        }
        if (!valid) {
            return null;
        }
        // the service names the line of a field at fault, e.g. lines[3].correctionReason: the message goes on that row
        Optional<RegisterView> made = feedback.attempt(() -> registers.save(sessionId, form), Map.of(),
                () -> conflict = true);
        if (made.isEmpty()) {
            return null;
        }
        RegisterView saved = made.get();
        feedback.flash("Register saved for " + saved.session().cohortName() + ", session " + saved.session().number());
        saved.actions().forEach(feedback::flash);
        return "/programme/register?faces-redirect=true&session=" + sessionId;
    }

    private boolean checked(int row, AttendanceEntry entry) {
        try {
            entry.check();
            return true;
        } catch (InvalidFieldException e) {
            feedback.error(new InvalidFieldException("lines[" + row + "]." + e.field(), e.getMessage()));
            return false;
        }
    }

    /** Quick entry: everyone not yet marked as attended, to change only the exceptions. */
    public void markRestAttended() {
        rows.stream().filter(row -> row.mark == null).forEach(row -> row.mark = AttendanceMark.ATTENDED);
    }

    /** Facilitators, managers and administrators mark registers; probation and YOT read them. */
    public boolean isMarker() {
        return SignedInRoles.may(ProgrammePermissions.RUN_COHORTS);
    }

    public List<AttendanceMark> getMarks() {
        return MARKS;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public RegisterView getRegister() {
        return register;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** One person's line as the facilitator fills it in, starting from what was saved before. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final RegisterView.Line saved;
        private AttendanceMark mark;
        private String absenceReason;
        private String engagementNotes;
        private boolean disclosureOrConcern;
        private String correctionReason;

        Row(RegisterView.Line saved) {
            this.saved = saved;
            this.mark = saved.mark();
            this.absenceReason = saved.absenceReason();
            this.engagementNotes = saved.engagementNotes();
            this.disclosureOrConcern = saved.disclosureOrConcern();
        }

        /** Failing to comply while there is recorded through the API; the page keeps what was saved. */
        RegisterForm.Line toLine() {
            return new RegisterForm.Line(saved.referralId(), mark, saved.failedToComply(), absenceReason,
                    engagementNotes, disclosureOrConcern, correctionReason);
        }

        public RegisterView.Line getSaved() {
            return saved;
        }

        /** A line saved before is changed only with a reason. */
        public boolean isMarkedBefore() {
            return saved.mark() != null;
        }

        public AttendanceMark getMark() {
            return mark;
        }

        public void setMark(AttendanceMark mark) {
            this.mark = mark;
        }

        public String getAbsenceReason() {
            return absenceReason;
        }

        public void setAbsenceReason(String absenceReason) {
            this.absenceReason = absenceReason;
        }

        public String getEngagementNotes() {
            return engagementNotes;
        }

        public void setEngagementNotes(String engagementNotes) {
            this.engagementNotes = engagementNotes;
        }

        public boolean isDisclosureOrConcern() {
            return disclosureOrConcern;
        }

        public void setDisclosureOrConcern(boolean disclosureOrConcern) {
            this.disclosureOrConcern = disclosureOrConcern;
        }

        public String getCorrectionReason() {
            return correctionReason;
        }

        public void setCorrectionReason(String correctionReason) {
            this.correctionReason = correctionReason;
        }
    }
}
