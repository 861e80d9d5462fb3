package uk.org.throughline.interfaces.programme.facade;

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
import uk.org.throughline.application.programme.ReferralForms.AllocationForm;
import uk.org.throughline.application.programme.ReferralForms.AssessmentForm;
import uk.org.throughline.application.programme.ReferralForms.CaseWorkerForm;
import uk.org.throughline.application.programme.ReferralForms.OutcomeForm;
import uk.org.throughline.application.programme.ReferralForms.ReferralForm;
import uk.org.throughline.application.programme.ReferralForms.ResolutionForm;
import uk.org.throughline.application.programme.ReferralForms.StepForm;
import uk.org.throughline.application.programme.RegisterForm;
import uk.org.throughline.interfaces.programme.dto.AllocationRequest;
import uk.org.throughline.interfaces.programme.dto.AssessmentRequest;
import uk.org.throughline.interfaces.programme.dto.BankHolidayRequest;
import uk.org.throughline.interfaces.programme.dto.CaseWorkerRequest;
import uk.org.throughline.interfaces.programme.dto.CatalogueEntryRequest;
import uk.org.throughline.interfaces.programme.dto.CatalogueEntryResponse;
import uk.org.throughline.interfaces.programme.dto.CatchUpRequest;
import uk.org.throughline.interfaces.programme.dto.CohortMemberResponse;
import uk.org.throughline.interfaces.programme.dto.CohortRequest;
import uk.org.throughline.interfaces.programme.dto.CohortResponse;
import uk.org.throughline.interfaces.programme.dto.ModuleEntry;
import uk.org.throughline.interfaces.programme.dto.OutcomeRequest;
import uk.org.throughline.interfaces.programme.dto.ReferralRequest;
import uk.org.throughline.interfaces.programme.dto.RegisterRequest;
import uk.org.throughline.interfaces.programme.dto.RescheduleRequest;
import uk.org.throughline.interfaces.programme.dto.ResolutionRequest;
import uk.org.throughline.interfaces.programme.dto.RouteEnforcement;
import uk.org.throughline.interfaces.programme.dto.ScheduleRequest;
import uk.org.throughline.interfaces.programme.dto.StepRequest;
import uk.org.throughline.interfaces.shared.rest.RequestLists;

/**
 * Converts the programme API's JSON to the application's forms, and a cohort and a catalogue entry to
 * theirs; the other views go out as they are. A flag left out is false.
 */
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

    public static CohortResponse toResponse(CohortView cohort) {
        return new CohortResponse(cohort.id(), cohort.version(), cohort.programmeId(), cohort.programmeName(),
                cohort.name(), cohort.venue(), cohort.capacity(), cohort.placesTaken(), cohort.status(),
                cohort.facilitators(),
                cohort.members().stream()
                        .map(m -> new CohortMemberResponse(m.referralId(), m.personId(), m.personName(), m.status()))
                        .toList(),
                cohort.sessions(), cohort.skipped(), cohort.smallGroupReason());
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
}
