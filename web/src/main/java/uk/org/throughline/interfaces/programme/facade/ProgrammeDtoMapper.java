package uk.org.throughline.interfaces.programme.facade;

import java.util.List;
import uk.org.throughline.application.programme.BankHolidayView;
import uk.org.throughline.application.programme.CatalogueForms.BankHolidayForm;
import uk.org.throughline.application.programme.CatalogueForms.ModuleForm;
import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;
import uk.org.throughline.application.programme.CatalogueForms.RouteForm;
import uk.org.throughline.application.programme.CohortForms.CatchUpForm;
import uk.org.throughline.application.programme.CohortForms.CohortForm;
import uk.org.throughline.application.programme.CohortForms.RescheduleForm;
import uk.org.throughline.application.programme.CohortForms.ScheduleForm;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.ProgrammeDetails;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ProgrammeWorklists.ActionItem;
import uk.org.throughline.application.programme.ProgrammeWorklists.CaseWorkerWorklist;
import uk.org.throughline.application.programme.ProgrammeWorklists.FacilitatorWorklist;
import uk.org.throughline.application.programme.ProgrammeWorklists.ProgrammeFigures;
import uk.org.throughline.application.programme.ReferralForms.AllocationForm;
import uk.org.throughline.application.programme.ReferralForms.AssessmentForm;
import uk.org.throughline.application.programme.ReferralForms.CaseWorkerForm;
import uk.org.throughline.application.programme.ReferralForms.OutcomeForm;
import uk.org.throughline.application.programme.ReferralForms.ReferralForm;
import uk.org.throughline.application.programme.ReferralForms.ResolutionForm;
import uk.org.throughline.application.programme.ReferralForms.StepForm;
import uk.org.throughline.application.programme.ReferralRecord;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.application.programme.RegisterForm;
import uk.org.throughline.application.programme.RegisterView;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.interfaces.programme.dto.AllocationRequest;
import uk.org.throughline.interfaces.programme.dto.AssessmentRequest;
import uk.org.throughline.interfaces.programme.dto.BankHolidayRequest;
import uk.org.throughline.interfaces.programme.dto.BankHolidayResponse;
import uk.org.throughline.interfaces.programme.dto.CaseWorkerPersonResponse;
import uk.org.throughline.interfaces.programme.dto.CaseWorkerRequest;
import uk.org.throughline.interfaces.programme.dto.CaseWorkerWorklistResponse;
import uk.org.throughline.interfaces.programme.dto.CatalogueEntryRequest;
import uk.org.throughline.interfaces.programme.dto.CatalogueEntryResponse;
import uk.org.throughline.interfaces.programme.dto.CatchUpRequest;
import uk.org.throughline.interfaces.programme.dto.CohortFillResponse;
import uk.org.throughline.interfaces.programme.dto.CohortMemberResponse;
import uk.org.throughline.interfaces.programme.dto.CohortRequest;
import uk.org.throughline.interfaces.programme.dto.CohortResponse;
import uk.org.throughline.interfaces.programme.dto.EnforcementActionResponse;
import uk.org.throughline.interfaces.programme.dto.EnforcementItemResponse;
import uk.org.throughline.interfaces.programme.dto.FacilitatorWorklistResponse;
import uk.org.throughline.interfaces.programme.dto.ModuleEntry;
import uk.org.throughline.interfaces.programme.dto.OutcomeRequest;
import uk.org.throughline.interfaces.programme.dto.ProgrammeFiguresResponse;
import uk.org.throughline.interfaces.programme.dto.ProgrammeReferralResponse;
import uk.org.throughline.interfaces.programme.dto.ProgrammeResponse;
import uk.org.throughline.interfaces.programme.dto.ReferralRequest;
import uk.org.throughline.interfaces.programme.dto.ReferralStepResponse;
import uk.org.throughline.interfaces.programme.dto.RegisterLineResponse;
import uk.org.throughline.interfaces.programme.dto.RegisterRequest;
import uk.org.throughline.interfaces.programme.dto.RegisterResponse;
import uk.org.throughline.interfaces.programme.dto.RescheduleRequest;
import uk.org.throughline.interfaces.programme.dto.ResolutionRequest;
import uk.org.throughline.interfaces.programme.dto.RouteEnforcement;
import uk.org.throughline.interfaces.programme.dto.ScheduleRequest;
import uk.org.throughline.interfaces.programme.dto.SessionResponse;
import uk.org.throughline.interfaces.programme.dto.SkippedDayResponse;
import uk.org.throughline.interfaces.programme.dto.StepRequest;
import uk.org.throughline.interfaces.programme.dto.WaitingResponse;
import uk.org.throughline.interfaces.shared.rest.RequestLists;

/** Converts the programme API's JSON to the application's forms and back; a flag left out is false. */
public final class ProgrammeDtoMapper {

    private ProgrammeDtoMapper() {
    }

    public static ReferralForm toForm(ReferralRequest request) {
        return new ReferralForm(request.programmeId(), request.personId(), request.route(), request.referredOn(),
                request.courtCaseId(), request.childProtectionPlanReference(), request.caseWorker(),
                request.youngestChildAge(), Boolean.TRUE.equals(request.regularContactWithChild()),
                request.riskLevel(), request.exclusions(), request.eligibilityOverrideReason());
    }

    public static AssessmentForm toForm(AssessmentRequest request) {
        return new AssessmentForm(request.suitable(), request.on(), request.reason());
    }

    public static CaseWorkerForm toForm(CaseWorkerRequest request) {
        return new CaseWorkerForm(request.caseWorker(), request.on());
    }

    public static ResolutionForm toForm(ResolutionRequest request) {
        return new ResolutionForm(request.resolvedOn(), request.resolution());
    }

    public static EnforcementActionResponse toResponse(ReferralRecord.EnforcementItem action) {
        return new EnforcementActionResponse(action.id(), action.version(), action.kind(), action.failedOn(),
                action.decidedOn(), action.decidedBy(), action.reason(), action.respondBy(), action.resolvedOn(),
                action.resolvedBy(), action.resolution());
    }

    public static StepForm toForm(StepRequest request) {
        return new StepForm(request.on());
    }

    public static AllocationForm toForm(AllocationRequest request) {
        return new AllocationForm(request.cohortId(), request.on());
    }

    public static OutcomeForm toForm(OutcomeRequest request) {
        return new OutcomeForm(request.reason(), request.note(), request.on());
    }

    public static CohortForm toForm(CohortRequest request) {
        return new CohortForm(request.programmeId(), request.name(), request.venue(), request.capacity(),
                request.facilitators());
    }

    public static ScheduleForm toForm(ScheduleRequest request) {
        return new ScheduleForm(request.from(), request.day(), request.startTime());
    }

    public static RescheduleForm toForm(RescheduleRequest request) {
        return new RescheduleForm(request.date(), request.startTime(), request.reason());
    }

    public static CatchUpForm toForm(CatchUpRequest request) {
        return new CatchUpForm(RequestLists.map(request.referralIds(), id -> id), request.date(), request.startTime());
    }

    public static RegisterForm toForm(RegisterRequest request, long expectedVersion) {
        return new RegisterForm(expectedVersion, RequestLists.map(request.lines(), line -> new RegisterForm.Line(
                line.referralId(), line.mark(), Boolean.TRUE.equals(line.failedToComply()), line.absenceReason(),
                line.engagementNotes(), Boolean.TRUE.equals(line.disclosureOrConcern()), line.correctionReason())));
    }

    public static ProgrammeResponse toResponse(ProgrammeView programme) {
        return new ProgrammeResponse(programme.id(), programme.name(), programme.targetGroup(),
                programme.deliveryMode(), programme.sessionCount(), programme.capacity(), programme.completionRule(),
                programme.routes());
    }

    public static ProgrammeReferralResponse toResponse(ReferralView referral) {
        return new ProgrammeReferralResponse(referral.id(), referral.version(), referral.personId(),
                referral.personName(), referral.programmeId(), referral.programmeName(), referral.route(),
                referral.status(), referral.statusChangedOn(), referral.referredOn(), referral.referredBy(),
                referral.caseWorker(), referral.cohortId(), referral.cohortName(), referral.conditionalCautionId(),
                referral.courtCaseId(), referral.childProtectionPlanReference(), referral.riskLevel(),
                referral.eligibilityOverrideReason(), referral.eligibilityFailures(), referral.notCompletedReason(),
                referral.progress(),
                referral.history().stream()
                        .map(s -> new ReferralStepResponse(s.status(), s.label(), s.on(), s.by(), s.reason(),
                                s.caseWorker(), s.recordedAt()))
                        .toList(),
                referral.cautionNote());
    }

    public static CohortResponse toResponse(CohortView cohort) {
        return new CohortResponse(cohort.id(), cohort.version(), cohort.programmeId(), cohort.programmeName(),
                cohort.name(), cohort.venue(), cohort.capacity(), cohort.placesTaken(), cohort.status(),
                cohort.facilitators(),
                cohort.members().stream()
                        .map(m -> new CohortMemberResponse(m.referralId(), m.personId(), m.personName(), m.status()))
                        .toList(),
                sessions(cohort.sessions()),
                cohort.skipped().stream().map(s -> new SkippedDayResponse(s.date(), s.holiday())).toList());
    }

    public static SessionResponse toResponse(SessionView session) {
        return new SessionResponse(session.id(), session.version(), session.cohortId(), session.cohortName(),
                session.programmeName(), session.venue(), session.number(), session.moduleName(), session.date(),
                session.startTime(), session.endTime(), session.catchUpForId(), session.rescheduledFrom(),
                session.rescheduleReason(), session.description(), session.registerSize(), session.unmarked());
    }

    public static RegisterResponse toResponse(RegisterView register) {
        return new RegisterResponse(toResponse(register.session()), register.started(),
                register.lines().stream()
                        .map(l -> new RegisterLineResponse(l.referralId(), l.personId(), l.personName(), l.mark(),
                                l.outcome(), l.failedToComply(), l.absenceReason(), l.engagementNotes(),
                                l.disclosureOrConcern(), l.recordedBy(), l.recordedAt(), l.corrections(),
                                l.evidenceDueBy()))
                        .toList(),
                register.actions());
    }

    public static FacilitatorWorklistResponse toResponse(FacilitatorWorklist worklist) {
        return new FacilitatorWorklistResponse(worklist.today(), sessions(worklist.sessionsToday()),
                sessions(worklist.sessionsThisWeek()), sessions(worklist.registersNotCompleted()));
    }

    public static CaseWorkerWorklistResponse toResponse(CaseWorkerWorklist worklist) {
        return new CaseWorkerWorklistResponse(worklist.today(),
                worklist.people().stream()
                        .map(p -> new CaseWorkerPersonResponse(p.referralId(), p.personId(), p.personName(),
                                p.programmeName(), p.status(), p.nextSession(), p.absences(), p.failures()))
                        .toList(),
                actions(worklist.warningsAwaitingResponse()), actions(worklist.breaches()), actions(worklist.tasks()));
    }

    public static ProgrammeFiguresResponse toResponse(ProgrammeFigures figures) {
        return new ProgrammeFiguresResponse(figures.programmeId(), figures.programmeName(),
                figures.waiting().stream()
                        .map(w -> new WaitingResponse(w.referralId(), w.personId(), w.personName(), w.waitingSince(),
                                w.daysWaiting()))
                        .toList(),
                figures.openCohorts(), figures.places(), figures.placesTaken(),
                figures.cohorts().stream()
                        .map(c -> new CohortFillResponse(c.cohortId(), c.name(), c.capacity(), c.placesTaken()))
                        .toList(),
                figures.completed(), figures.notCompleted(), figures.completionRate());
    }

    private static List<SessionResponse> sessions(List<SessionView> sessions) {
        return sessions.stream().map(ProgrammeDtoMapper::toResponse).toList();
    }

    private static List<EnforcementItemResponse> actions(List<ActionItem> actions) {
        return actions.stream()
                .map(a -> new EnforcementItemResponse(a.actionId(), a.version(), a.referralId(), a.personName(), a.programmeName(),
                        a.failedOn(), a.reason(), a.dueOn()))
                .toList();
    }

    public static ProgrammeForm toForm(CatalogueEntryRequest request) {
        return new ProgrammeForm(request.name(), request.targetGroup(), request.minimumAge(), request.maximumAge(),
                request.requiredGender(), request.childMaximumAge(), request.riskLevels(), request.exclusions(),
                RequestLists.map(request.enforcementByRoute(), route -> new RouteForm(route.route(), route.policy())),
                request.deliveryMode(),
                RequestLists.map(request.modules(), module -> new ModuleForm(module.name(),
                        module.sessions() == null ? 0 : module.sessions(), Boolean.TRUE.equals(module.required()))),
                request.sessionMinutes(), request.weeksBetweenSessions(), request.minimumGroupSize(),
                request.capacity(), request.completionRule(), request.completionPercentage(),
                request.parallelSupport());
    }

    public static CatalogueEntryResponse toResponse(ProgrammeDetails details) {
        ProgrammeForm programme = details.programme();
        return new CatalogueEntryResponse(details.id(), details.version(), programme.name(), programme.targetGroup(),
                programme.minimumAge(), programme.maximumAge(), programme.requiredGender(),
                programme.childMaximumAge(), programme.riskLevels(), programme.exclusions(),
                programme.enforcementByRoute().stream()
                        .map(route -> new RouteEnforcement(route.route(), route.policy()))
                        .toList(),
                programme.deliveryMode(),
                programme.modules().stream()
                        .map(module -> new ModuleEntry(module.name(), module.sessions(), module.required()))
                        .toList(),
                programme.sessionMinutes(), programme.weeksBetweenSessions(), programme.minimumGroupSize(),
                programme.capacity(), programme.completionRule(), programme.completionPercentage(),
                programme.parallelSupport());
    }

    public static BankHolidayForm toForm(BankHolidayRequest request) {
        return new BankHolidayForm(request.date(), request.name());
    }

    public static BankHolidayResponse toResponse(BankHolidayView holiday) {
        return new BankHolidayResponse(holiday.date(), holiday.name());
    }
}
