package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** What is entered for a conditional caution: the caution as given, and each step as it runs its course. */
public final class CautionForms {

    private CautionForms() {
    }

    /**
     * A conditional caution as the officer enters it: the suspect's arrest or voluntary interview (give
     * one), the scheme whose eligibility rules apply, the offence (its index on the incident), what was
     * admitted and consented to, the victim's views and the conditions. The same form is first checked
     * against the scheme ({@link ConditionalCautionService#assessEligibility}) and then given.
     *
     * @param schemeId                 the diversion scheme (required for an adult caution)
     * @param victimViewsShareable     police agree the victim's views may be shared with offender managers
     * @param victimRaisesSpecificRisk the victim, when consulted, raised a specific risk from the offender
     * @param complianceDeadline       null for the default period (16 weeks unless configured)
     * @param eligibilityOverrideReason why an authorised officer (inspector or above) proceeds although scheme
     *                                  rules failed
     */
    public record CautionForm(
            Long arrestId,
            Long voluntaryInterviewId,
            @NotNull(message = "Select adult or youth conditional caution") CautionType cautionType,
            Long schemeId,
            @NotNull(message = "Select the offence the caution is for") Integer offenceIndex,
            @NotNull(message = "Enter the date of the caution") LocalDate cautionedOn,
            boolean offenceAdmitted,
            boolean consentSigned,
            @Size(max = PoliceFieldLengths.VICTIM_VIEWS, message = "The victim's views are at most {max} characters")
            String victimViews,
            boolean victimViewsShareable,
            boolean victimRaisesSpecificRisk,
            @Size(max = PoliceFieldLengths.PERSON_NAME, message = "The appropriate adult's name is at most {max} characters")
            String appropriateAdult,
            LocalDate complianceDeadline,
            @NotNull(message = "Select who made the decision") DecisionMaker decisionMaker,
            List<@Valid @NotNull ConditionEntry> conditions,
            @Size(max = PoliceFieldLengths.REASON, message = "The reason is at most {max} characters")
            String eligibilityOverrideReason) {

        public CautionForm {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /**
         * One condition: a rehabilitative one names its programme (a referral is made to it), a
         * restrictive one has its dates, a financial penalty its amount, unpaid work or attendance its hours.
         *
         * @param wordingShareable police agree the wording may be shared with offender managers
         */
        public record ConditionEntry(
                @NotNull(message = "Select the type of each condition") ConditionType type,
                @Size(max = PoliceFieldLengths.CONDITION, message = "A condition's wording is at most {max} characters")
                String description,
                boolean wordingShareable,
                @Size(max = PoliceFieldLengths.PROGRAMME, message = "The programme name is at most {max} characters")
                String programmeName,
                LocalDate startsOn,
                LocalDate endsOn,
                BigDecimal amount,
                Integer hours) {
        }
    }

    /**
     * A condition complied with, failed or withdrawn; a note is required unless complied.
     *
     * @param noteShareable police agree the note may be shared with offender managers
     */
    public record ConditionStatusForm(
            @NotNull(message = "Select the new status") ComplianceStatus status,
            @NotNull(message = "Enter the date of the change") LocalDate on,
            @Size(max = PoliceFieldLengths.REASON, message = "The note is at most {max} characters") String note,
            boolean noteShareable) {
    }

    public record WithdrawalForm(
            @NotNull(message = "Enter the date of withdrawal") LocalDate on,
            @NotBlank(message = "Give the reason for withdrawing the caution")
            @Size(max = PoliceFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }

    /** What police or the CPS decided after the caution failed. */
    public record DecisionForm(
            @NotNull(message = "Select the decision") NonComplianceOutcome decision,
            @NotNull(message = "Select who made the decision") DecisionMaker decisionMaker,
            @NotNull(message = "Enter the date of the decision") LocalDate decidedOn,
            @NotBlank(message = "Give the reason for the decision")
            @Size(max = PoliceFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }
}
