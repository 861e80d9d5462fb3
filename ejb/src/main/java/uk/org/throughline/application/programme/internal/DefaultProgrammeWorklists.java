package uk.org.throughline.application.programme.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ProgrammeWorklists;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.attendance.EnforcementKind;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CohortRepository;
import uk.org.throughline.infrastructure.persistence.EnforcementRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;

/** The programme worklists, each for the signed-in user's role; every read is audited. */
@Stateless
public class DefaultProgrammeWorklists implements ProgrammeWorklists {

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private SessionRepository sessions;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private EnforcementRepository enforcement;

    @Inject
    private CohortRepository cohorts;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private PersonRepository people;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed(ProgrammePermissions.FACILITATE)
    public FacilitatorWorklist facilitator() {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        String username = context.getCallerPrincipal().getName();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ProgrammeSession> week = sessions.facilitatedBy(username, monday, monday.plusDays(6));
        List<ProgrammeSession> unfinished = sessions.heldInOpenCohorts(username, today).stream()
                .filter(session -> session.hasStarted(now) && !session.unmarked().isEmpty())
                .toList();
        List<ProgrammeSession> todays = week.stream().filter(session -> session.sessionDate().equals(today)).toList();
        audit.record(AuditAction.VIEW, "FacilitatorWorklist", null, "Viewed the facilitator worklist: "
                + todays.size() + " sessions today, " + week.size() + " this week, " + unfinished.size()
                + " registers not completed", null);
        return new FacilitatorWorklist(today, todays.stream().map(ProgrammeMapping::sessionView).toList(),
                week.stream().map(ProgrammeMapping::sessionView).toList(),
                unfinished.stream().map(ProgrammeMapping::sessionView).toList());
    }

    @Override
    @RolesAllowed(ProgrammePermissions.CASE_WORK)
    public CaseWorkerWorklist caseWorker() {
        LocalDate today = UkDate.today(clock);
        List<ProgrammeReferral> mine = referrals.openFor(context.getCallerPrincipal().getName());
        List<Cohort> placed = mine.stream().flatMap(referral -> referral.cohort().stream()).distinct().toList();
        List<ProgrammeSession> coming = sessions.ofCohortsFrom(placed, today);
        Map<Long, String> names = people.displayNames(mine.stream().map(ProgrammeReferral::personId).toList());
        Map<Long, List<AttendanceRecord>> attendanceByReferral = sessions.attendanceOf(mine).stream()
                .collect(Collectors.groupingBy(record -> record.referral().id()));
        List<PersonItem> items = mine.stream().map(referral -> {
            List<AttendanceRecord> attendance = attendanceByReferral.getOrDefault(referral.id(), List.of());
            Optional<ProgrammeSession> next = coming.stream()
                    .filter(session -> session.register().contains(referral) && session.attendanceOf(referral).isEmpty())
                    .findFirst();
            return new PersonItem(referral.id(), referral.personId(), names.get(referral.personId()),
                    referral.programmeName(), referral.status(), next.map(ProgrammeSession::startsAt).orElse(null),
                    (int) attendance.stream().filter(record -> record.mark().absent()).count(),
                    (int) attendance.stream().filter(AttendanceRecord::isFailureToComply).count());
        }).toList();
        List<EnforcementAction> actions = enforcement.ofReferrals(mine);
        List<ActionItem> warnings = items(actions, names, action -> action.kind() == EnforcementKind.WARNING
                && !action.respondBy().isBefore(today));
        List<ActionItem> breaches = items(actions, names, action -> action.kind() == EnforcementKind.BREACH_REFERRAL
                && action.resolvedOn() == null);
        List<ActionItem> tasks = items(actions, names, action -> action.kind() == EnforcementKind.CASE_WORKER_TASK
                && action.resolvedOn() == null);
        audit.record(AuditAction.VIEW, "CaseWorkerWorklist", null, "Viewed my people on programmes: " + items.size()
                + " referrals, " + warnings.size() + " warnings awaiting a response, " + breaches.size()
                + " breach referrals, " + tasks.size() + " tasks", null);
        return new CaseWorkerWorklist(today, items, warnings, breaches, tasks);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.MANAGE)
    public List<ProgrammeFigures> manager() {
        LocalDate today = UkDate.today(clock);
        Map<Long, List<Cohort>> openByProgramme = cohorts.open().stream()
                .collect(Collectors.groupingBy(cohort -> cohort.programme().id()));
        List<ProgrammeFigures> figures = new ArrayList<>();
        for (Programme programme : programmes.all()) {
            List<ProgrammeReferral> waitingReferrals = referrals.waiting(programme);
            Map<Long, String> names = people.displayNames(
                    waitingReferrals.stream().map(ProgrammeReferral::personId).toList());
            List<WaitingItem> waiting = waitingReferrals.stream()
                    .map(referral -> new WaitingItem(referral.id(), referral.personId(),
                            names.get(referral.personId()), referral.statusChangedOn(),
                            ChronoUnit.DAYS.between(referral.statusChangedOn(), today)))
                    .toList();
            List<Cohort> open = openByProgramme.getOrDefault(programme.id(), List.of());
            Map<ReferralStatus, Long> counts = referrals.statusCounts(programme);
            long completed = counts.getOrDefault(ReferralStatus.COMPLETED, 0L);
            long notCompleted = counts.getOrDefault(ReferralStatus.NOT_COMPLETED, 0L);
            figures.add(new ProgrammeFigures(programme.id(), programme.name(), waiting, open.size(),
                    open.stream().mapToInt(Cohort::capacity).sum(), open.stream().mapToInt(Cohort::placesTaken).sum(),
                    open.stream().map(cohort -> new CohortFill(cohort.id(), cohort.name(), cohort.capacity(),
                            cohort.placesTaken())).toList(),
                    completed, notCompleted,
                    completed + notCompleted == 0 ? null : (int) (completed * 100 / (completed + notCompleted))));
        }
        audit.record(AuditAction.VIEW, "ProgrammeFigures", null, "Viewed waiting lists, capacity and completion "
                + "rates of " + figures.size() + " programmes", null);
        return figures;
    }

    /** @param names display names of the actions' people, by person id */
    private static List<ActionItem> items(List<EnforcementAction> actions, Map<Long, String> names,
            Predicate<EnforcementAction> wanted) {
        return actions.stream().filter(wanted).map(action -> {
            ProgrammeReferral referral = action.referral();
            return new ActionItem(action.id(), action.version(), referral.id(), names.get(referral.personId()),
                    referral.programmeName(), action.failedOn(), action.reason(), action.respondBy());
        }).toList();
    }
}
