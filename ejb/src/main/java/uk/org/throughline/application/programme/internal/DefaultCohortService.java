package uk.org.throughline.application.programme.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.programme.CohortForms.CatchUpForm;
import uk.org.throughline.application.programme.CohortForms.CohortForm;
import uk.org.throughline.application.programme.CohortForms.RescheduleForm;
import uk.org.throughline.application.programme.CohortForms.ScheduleForm;
import uk.org.throughline.application.programme.CohortService;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.attendance.Schedule;
import uk.org.throughline.domain.model.attendance.SessionPattern;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CohortRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Cohorts and their sessions. Programme facilitators, managers and administrators set them up; a
 * cohort's own facilitators, managers and administrators plan its sessions. A cohort and its sessions
 * are read by whoever may read every person in them. One transaction per method with its audit rows.
 */
@Stateless
public class DefaultCohortService implements CohortService {

    private static final String COHORT = "Cohort";
    private static final String SESSION = "ProgrammeSession";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    @Inject
    private CohortRepository cohorts;

    @Inject
    private SessionRepository sessions;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private PersonRepository people;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public CohortView create(CohortForm form) {
        Cohort cohort = new Cohort(programmes.get(form.programmeId()), form.name(), form.venue(), form.capacity(),
                form.facilitators(), clock.instant());
        cohorts.add(cohort);
        audit.record(AuditAction.CREATE, COHORT, String.valueOf(cohort.id()), "Set up the " + cohort.programme().name()
                + " cohort \"" + cohort.name() + "\" at " + cohort.venue() + " for " + cohort.capacity() + " people",
                null);
        return view(cohort, List.of());
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public CohortView view(long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        caseload.requireRead(ProgrammeAccess.peopleOf(everyoneIn(cohort)));
        audit.record(AuditAction.VIEW, COHORT, String.valueOf(cohortId), "Viewed the " + cohort.programme().name()
                + " cohort \"" + cohort.name() + "\" with its " + cohort.placesTaken() + " members", null);
        return view(cohort, List.of());
    }

    /**
     * When and where a session is held is not personal data, so reading it is not audited; it is read by
     * those who may read everyone on its register.
     */
    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public SessionView session(long sessionId) {
        ProgrammeSession programmeSession = sessions.get(sessionId);
        caseload.requireRead(ProgrammeAccess.peopleOf(programmeSession.register()));
        return ProgrammeMapping.sessionView(programmeSession);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public CohortView schedule(long cohortId, ScheduleForm form) {
        Cohort cohort = cohorts.get(cohortId);
        ProgrammeAccess.requireRuns(caller, cohort, "plan its sessions");
        Schedule schedule = SessionPattern.of(cohort.programme(), form.from(), form.day(), form.startTime())
                .plan(programmes.bankHolidays());
        sessions.add(ProgrammeSession.schedule(cohort, schedule, sessions.ofCohort(cohort), clock.instant()));
        List<Schedule.Planned> planned = schedule.sessions();
        audit.record(AuditAction.CREATE, SESSION, null, "Scheduled the " + planned.size() + " sessions of \""
                + cohort.name() + "\" from " + UkDate.format(planned.get(0).date())
                + " to " + UkDate.format(planned.get(planned.size() - 1).date())
                + (schedule.skipped().isEmpty() ? "" : ", stepping over " + schedule.skipped().size()
                        + " bank holidays"), null);
        return view(cohort, schedule.skipped());
    }

    @Override
    @RolesAllowed(ProgrammePermissions.MANAGE)
    public CohortView agreeSmallStart(long cohortId, String reason) {
        Cohort cohort = cohorts.get(cohortId);
        cohort.agreeSmallStart(reason, caller.getCallerPrincipal().getName(), clock.instant());
        unitOfWork.write("\"" + cohort.name() + "\"");
        audit.record(AuditAction.UPDATE, COHORT, String.valueOf(cohortId), "Agreed that \"" + cohort.name()
                + "\" may start with fewer than " + cohort.programme().minimumGroupSize() + " people", cohort.smallGroupReason());
        return view(cohort, List.of());
    }

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public SessionView reschedule(long sessionId, long expectedVersion, RescheduleForm form) {
        Instant now = clock.instant();
        ProgrammeSession programmeSession = sessions.get(sessionId);
        ProgrammeAccess.requireRuns(caller, programmeSession.cohort(), "move its sessions");
        String description = "The \"" + programmeSession.cohort().name() + "\" " + programmeSession.describe();
        OptimisticLock.require(programmeSession.version(), expectedVersion, description);
        programmeSession.reschedule(form.date(), form.startTime(), form.reason(), programmes.bankHolidays(),
                UkDate.dayOf(now), now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, SESSION, String.valueOf(sessionId), "Moved session " + programmeSession.number()
                + " of \"" + programmeSession.cohort().name() + "\" to " + UkDate.format(programmeSession.sessionDate())
                + " (first planned for " + UkDate.format(programmeSession.rescheduledFrom()) + ")", form.reason());
        return ProgrammeMapping.sessionView(programmeSession);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public SessionView catchUp(long missedSessionId, CatchUpForm form) {
        Instant now = clock.instant();
        ProgrammeSession missed = sessions.get(missedSessionId);
        ProgrammeAccess.requireRuns(caller, missed.cohort(), "arrange its catch-ups");
        List<ProgrammeReferral> participants = form.referralIds().stream().map(referrals::get).toList();
        ProgrammeSession catchUp = ProgrammeSession.catchUp(missed, participants, form.date(), form.startTime(),
                programmes.bankHolidays(), UkDate.dayOf(now), now);
        sessions.add(catchUp);
        audit.record(AuditAction.CREATE, SESSION, String.valueOf(catchUp.id()), "Planned " + catchUp.describe()
                + " of \"" + missed.cohort().name() + "\" for " + participants.size()
                + (participants.size() == 1 ? " person" : " people"), null);
        return ProgrammeMapping.sessionView(catchUp);
    }

    private CohortView view(Cohort cohort, List<Schedule.Skipped> skipped) {
        List<ProgrammeReferral> everyone = everyoneIn(cohort);
        Map<Long, String> names = people.displayNames(everyone.stream().map(ProgrammeReferral::personId).toList());
        Map<ProgrammeReferral, List<AttendanceRecord>> attendance = sessions.attendanceOf(everyone).stream()
                .collect(Collectors.groupingBy(AttendanceRecord::referral));
        return ProgrammeMapping.cohortView(cohort, sessions.ofCohort(cohort), skipped, names::get,
                referral -> cohort.programme().progress(AttendanceRecord.sessionsCovered(
                        attendance.getOrDefault(referral, List.of()))));
    }

    /** Those holding a place and those whose referral ended in the cohort. */
    private static List<ProgrammeReferral> everyoneIn(Cohort cohort) {
        return Stream.concat(cohort.members().stream(), cohort.finished().stream()).toList();
    }
}
