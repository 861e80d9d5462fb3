package uk.org.throughline.application.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import uk.org.throughline.domain.model.programme.NotCompletedReason;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.model.programme.ReferralDetails;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.RiskLevel;

/** What is entered as a programme referral is made and goes through its lifecycle. */
public final class ReferralForms {

    private ReferralForms() {
    }

    /**
     * A referral from any route but a caution (a caution makes its own). The person's age and gender
     * come from their record; the rest is what the referrer says.
     *
     * @param caseWorker                username of the probation officer, social worker or YOT worker responsible
     * @param eligibilityOverrideReason why to refer although criteria fail; only a manager or administrator may
     */
    public record ReferralForm(
            @NotNull(message = "Select the programme") Long programmeId,
            @NotNull(message = "Select the person referred") Long personId,
            @NotNull(message = "Select how the person was referred") ReferralRoute route,
            @NotNull(message = "Enter the date of the referral") LocalDate referredOn,
            Long courtCaseId,
            @Size(max = ProgrammeFieldLengths.PLAN_REFERENCE, message = "The plan reference is at most {max} "
                    + "characters") String childProtectionPlanReference,
            @Size(max = ProgrammeFieldLengths.USERNAME, message = "The case worker is at most {max} characters")
            String caseWorker,
            Integer youngestChildAge,
            boolean regularContactWithChild,
            RiskLevel riskLevel,
            Set<ProgrammeExclusion> exclusions,
            @Size(max = ProgrammeFieldLengths.REASON, message = "The reason is at most {max} characters")
            String eligibilityOverrideReason) {

        public ReferralForm {
            exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        }

        public ReferralDetails details() {
            return new ReferralDetails(personId, route, referredOn, courtCaseId, childProtectionPlanReference,
                    caseWorker);
        }
    }

    /** The outcome of the suitability assessment; a reason is required when not suitable. */
    public record AssessmentForm(
            @NotNull(message = "Say whether the person is suitable") Boolean suitable,
            @NotNull(message = "Enter the date of the assessment") LocalDate on,
            @Size(max = ProgrammeFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }

    /** A step that needs only its date: joining the waiting list, completing. */
    public record StepForm(@NotNull(message = "Enter the date") LocalDate on) {
    }

    public record AllocationForm(
            @NotNull(message = "Select the cohort") Long cohortId,
            @NotNull(message = "Enter the date of the allocation") LocalDate on) {
    }

    public record OutcomeForm(
            @NotNull(message = "Select why the programme was not completed") NotCompletedReason reason,
            @Size(max = ProgrammeFieldLengths.REASON, message = "The note is at most {max} characters") String note,
            @NotNull(message = "Enter the date the referral ended") LocalDate on) {
    }

    /**
     * Who answers for the person from now on.
     *
     * @param caseWorker username of the probation officer or YOT worker; left out, the signed-in worker takes
     *                   the referral on themselves
     */
    public record CaseWorkerForm(
            @Size(max = ProgrammeFieldLengths.USERNAME, message = "The case worker is at most {max} characters")
            String caseWorker,
            @NotNull(message = "Enter the date") LocalDate on) {
    }

    /** How a breach referral or a case worker's task ended, e.g. "Order revoked and resentenced". */
    public record ResolutionForm(
            @NotNull(message = "Enter the date it was resolved") LocalDate resolvedOn,
            @NotBlank(message = "Say how it was resolved")
            @Size(max = ProgrammeFieldLengths.REASON, message = "The outcome is at most {max} characters")
            String resolution) {
    }
}
