package uk.org.throughline.application.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.Agency;
import uk.org.throughline.domain.model.risk.AssessmentDetails;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.MaracCriterion;
import uk.org.throughline.domain.model.risk.MaracReferralDetails;
import uk.org.throughline.domain.model.risk.RiskFieldLengths;
import uk.org.throughline.domain.model.risk.SafetyPlanDetails;
import uk.org.throughline.domain.model.risk.SafetyPlanStatus;

/** What is entered for a victim's DASH assessments, MARAC referrals, meetings and actions, and safety plan. */
public final class RiskForms {

    private RiskForms() {
    }

    /**
     * A DASH assessment: every checklist question answered, each optional screen left out or answered whole.
     *
     * @param judgedLevel a level above the checklist's, by professional judgement; null to keep the checklist's
     */
    public record AssessmentForm(
            @NotNull(message = "Select the person assessed") Long personId,
            @NotNull(message = "Enter the date of the assessment") LocalDate assessedOn,
            @NotNull(message = "Enter who carried out the assessment")
            @Size(max = RiskFieldLengths.ASSESSOR, message = "The assessor is at most {max} characters") String assessor,
            @NotNull(message = "Select which agency carried out the assessment") AssessmentSource source,
            Long incidentId,
            Map<DashQuestion, DashAnswer> answers,
            DashLevel judgedLevel,
            @Size(max = RiskFieldLengths.REASON, message = "The reason is at most {max} characters")
            String judgementReason) {

        public AssessmentForm {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }

        public AssessmentDetails details() {
            return new AssessmentDetails(personId, assessedOn, assessor, source, incidentId, answers, judgedLevel,
                    judgementReason);
        }
    }

    /** @param perpetratorPersonId the man the case is about; when left out, the one perpetrator linked to her record */
    public record MaracReferralForm(
            @NotNull(message = "Select the person referred") Long personId,
            Long perpetratorPersonId,
            @NotNull(message = "Enter the date of the referral") LocalDate referredOn,
            @NotNull(message = "Select the referring agency") Agency referringAgency,
            @NotNull(message = "Select the referral criterion") MaracCriterion criterion,
            @Size(max = RiskFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {

        /** @param perpetrator the man the referral names, as the service settled it from {@link #perpetratorPersonId} */
        public MaracReferralDetails details(Long perpetrator) {
            return new MaracReferralDetails(personId, perpetrator, referredOn, referringAgency, criterion, reason);
        }
    }

    public record MeetingForm(
            @NotNull(message = "Enter the date of the meeting") LocalDate meetsOn,
            @NotNull(message = "Enter the MARAC's area")
            @Size(max = RiskFieldLengths.AREA, message = "The area is at most {max} characters") String area) {
    }

    public record ListingForm(@NotNull(message = "Select the meeting") Long meetingId) {
    }

    public record ActionForm(
            @NotNull(message = "Select the agency the action is for") Agency agency,
            @NotNull(message = "Describe the action")
            @Size(max = RiskFieldLengths.ACTION, message = "The action is at most {max} characters") String action,
            @NotNull(message = "Enter the date the action is due") LocalDate dueOn) {
    }

    public record CompletionForm(@NotNull(message = "Enter the date the action was done") LocalDate completedOn) {
    }

    public record SafetyPlanItemForm(
            @NotNull(message = "Describe the safety measure")
            @Size(max = RiskFieldLengths.ACTION, message = "The measure is at most {max} characters") String action,
            @NotNull(message = "Enter who will see to it")
            @Size(max = RiskFieldLengths.OWNER, message = "The owner is at most {max} characters") String owner,
            LocalDate dueOn,
            LocalDate reviewOn,
            @NotNull(message = "Select where it stands") SafetyPlanStatus status) {

        public SafetyPlanDetails details() {
            return new SafetyPlanDetails(action, owner, dueOn, reviewOn, status);
        }
    }
}
