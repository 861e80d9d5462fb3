package uk.org.throughline.interfaces.risk.facade;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.application.risk.RiskForms.ActionForm;
import uk.org.throughline.application.risk.RiskForms.AssessmentForm;
import uk.org.throughline.application.risk.RiskForms.CompletionForm;
import uk.org.throughline.application.risk.RiskForms.ListingForm;
import uk.org.throughline.application.risk.RiskForms.MaracReferralForm;
import uk.org.throughline.application.risk.RiskForms.MeetingForm;
import uk.org.throughline.application.risk.RiskForms.SafetyPlanItemForm;
import uk.org.throughline.application.risk.SafetyPlanView;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.interfaces.risk.dto.AssessmentRequest;
import uk.org.throughline.interfaces.risk.dto.AssessmentResponse;
import uk.org.throughline.interfaces.risk.dto.CompletionRequest;
import uk.org.throughline.interfaces.risk.dto.ListingRequest;
import uk.org.throughline.interfaces.risk.dto.MaracActionRequest;
import uk.org.throughline.interfaces.risk.dto.MaracReferralRequest;
import uk.org.throughline.interfaces.risk.dto.MeetingRequest;
import uk.org.throughline.interfaces.risk.dto.QuestionResponse;
import uk.org.throughline.interfaces.risk.dto.SafetyPlanItemRequest;
import uk.org.throughline.interfaces.risk.dto.SafetyPlanResponse;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.LondonTime;

/**
 * Converts the risk API's JSON to the application's forms, and the assessment and safety plan (their
 * moments in London time) to responses; the MARAC, level and history views go out as they are.
 */
public final class RiskDtoMapper {

    private RiskDtoMapper() {
    }

    /** @throws InvalidRequestException on "answers.KEY" for a key that is not a DASH question */
    public static AssessmentForm toForm(AssessmentRequest request) {
        Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
        if (request.answers() != null) {
            request.answers().forEach((key, answer) -> answers.put(question(key), answer));
        }
        return new AssessmentForm(request.personId(), request.assessedOn(), request.assessor(), request.source(),
                request.incidentId(), answers, request.judgedLevel(), request.judgementReason());
    }

    private static DashQuestion question(String key) {
        return Arrays.stream(DashQuestion.values()).filter(question -> question.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("answers." + key,
                        "is not a DASH question: see GET /api/risk-assessments/questions"));
    }

    public static List<QuestionResponse> questions() {
        return Arrays.stream(DashQuestion.values())
                .map(question -> new QuestionResponse(question, question.section(), question.section().isOptional(),
                        question.number(), question.text()))
                .toList();
    }

    public static AssessmentResponse toResponse(RiskAssessmentView view) {
        return new AssessmentResponse(view.id(), view.version(), view.personId(), view.personName(), view.assessedOn(),
                view.assessor(), view.source(), view.instrument(), view.incidentId(), view.answers(),
                view.score(), view.checklistLevel(), view.judgedLevel(), view.judgementReason(), view.level(),
                view.recordedBy(), LondonTime.of(view.createdAt()), view.roseToHigh(), view.maracSuggestion());
    }

    public static MaracReferralForm toForm(MaracReferralRequest request) {
        return new MaracReferralForm(request.personId(), request.perpetratorPersonId(), request.referredOn(),
                request.referringAgency(), request.criterion(), request.reason());
    }

    public static MeetingForm toForm(MeetingRequest request) {
        return new MeetingForm(request.meetsOn(), request.area());
    }

    public static ListingForm toForm(ListingRequest request) {
        return new ListingForm(request.meetingId());
    }

    public static ActionForm toForm(MaracActionRequest request) {
        return new ActionForm(request.agency(), request.action(), request.dueOn());
    }

    public static CompletionForm toForm(CompletionRequest request) {
        return new CompletionForm(request.completedOn());
    }

    public static SafetyPlanItemForm toForm(SafetyPlanItemRequest request) {
        return new SafetyPlanItemForm(request.action(), request.owner(), request.dueOn(), request.reviewOn(),
                request.status());
    }

    public static SafetyPlanResponse toResponse(SafetyPlanView view) {
        return new SafetyPlanResponse(view.personId(), view.personName(), view.items().stream()
                .map(item -> new SafetyPlanResponse.Item(item.id(), item.version(), item.action(), item.owner(),
                        item.dueOn(), item.reviewOn(), item.status(), item.overdue(), item.updatedBy(),
                        LondonTime.of(item.updatedAt())))
                .toList());
    }
}
