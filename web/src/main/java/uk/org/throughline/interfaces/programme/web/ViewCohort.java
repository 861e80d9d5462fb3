package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.org.throughline.application.programme.CohortForms.ScheduleForm;
import uk.org.throughline.application.programme.CohortService;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ReferralForms.StepForm;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.domain.model.programme.CohortStatus;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.interfaces.security.web.SignedInRoles;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A cohort ({@code ?id=}): its members with their progress against the completion rule, its sessions
 * with their registers, and, until it has sessions, the form that plans them all around the bank
 * holidays (the days stepped over are listed once planned). A member who has met the completion rule
 * can be recorded as completed here.
 */
@Named
@ViewScoped
public class ViewCohort implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DateDisplay dates;

    @Inject
    CohortService cohorts;

    @Inject
    ReferralService referrals;

    @Inject
    Feedback feedback;

    private Long id;
    private CohortView cohort;
    private LocalDate from;
    private DayOfWeek day;
    private LocalTime startTime;
    private String smallGroupReason;

    public void load() {
        cohort = cohorts.view(id);
    }

    /** Listens for the schedule form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::scheduleForm);
    }

    /** Stays on the page, which then lists the sessions and the bank holidays stepped over. */
    public void schedule() {
        if (feedback.valid(scheduleForm())) {
            cohort = cohorts.schedule(id, scheduleForm());
        }
    }

    /** A manager records why the group may start with fewer people than the programme's smallest group. */
    public void agreeSmallStart() {
        feedback.attempt(() -> cohorts.agreeSmallStart(id, smallGroupReason), Map.of(), () -> { })
                .ifPresent(agreed -> {
                    cohort = agreed;
                    feedback.info("\"" + agreed.name() + "\" may start smaller: " + agreed.smallGroupReason());
                });
    }

    /** A manager may let an open group with no reason recorded yet start smaller. */
    public boolean isSmallGroupToAgree() {
        return SignedInRoles.may(ProgrammePermissions.MANAGE) && cohort.smallGroupReason() == null
                && cohort.status() == CohortStatus.OPEN;
    }

    public String getSmallGroupReason() {
        return smallGroupReason;
    }

    public void setSmallGroupReason(String smallGroupReason) {
        this.smallGroupReason = smallGroupReason;
    }

    private ScheduleForm scheduleForm() {
        return new ScheduleForm(from, day, startTime);
    }

    public String complete(CohortView.Member member) {
        ReferralView completed = referrals.complete(member.referralId(), member.referralVersion(),
                new StepForm(dates.today()));
        feedback.flash("Completion recorded for " + completed.personName() + ": " + completed.progress());
        return ProgrammePages.cohort(id);
    }

    /**
     * The cohort's own facilitators, managers and administrators plan and move its sessions (the service
     * checks too); others read them.
     */
    public boolean isPlanner() {
        String signedIn = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return SignedInRoles.may(ProgrammePermissions.MANAGE)
                || (SignedInRoles.may(ProgrammePermissions.RUN_COHORTS) && cohort.facilitators().contains(signedIn));
    }

    /** A member in progress who has met the completion rule. */
    public boolean canComplete(CohortView.Member member) {
        return member.completionMet() && member.status() == ReferralStatus.IN_PROGRESS;
    }

    /** Only a session still to come whose register has not been started can move. */
    public boolean canMove(SessionView session) {
        return isPlanner() && !session.date().isBefore(dates.today()) && session.unmarked() == session.registerSize();
    }

    /** A session held (or being held) of the programme's own, not itself a catch-up. */
    public boolean canCatchUp(SessionView session) {
        return isPlanner() && session.catchUpForId() == null && !session.date().isAfter(dates.today());
    }

    /** Their usernames in alphabetical order. */
    public String getFacilitators() {
        return cohort.facilitators().stream().sorted().collect(Collectors.joining(", "));
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortView getCohort() {
        return cohort;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }
}
