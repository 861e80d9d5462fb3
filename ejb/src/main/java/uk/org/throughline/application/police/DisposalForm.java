package uk.org.throughline.application.police;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/**
 * The outcome decided for a suspect after their arrest or voluntary interview: give one of the two
 * ids. For a conditional caution use {@link ConditionalCautionService#give} instead, which records
 * the disposal with the caution.
 */
public record DisposalForm(
        Long arrestId,
        Long voluntaryInterviewId,
        @NotNull(message = "Select the outcome") OutcomeType outcomeType,
        @NotNull(message = "Select who made the decision") DecisionMaker decisionMaker,
        @NotNull(message = "Enter the date of the decision") LocalDate decidedOn,
        @NotBlank(message = "Give the reason for the decision")
        @Size(max = PoliceFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
}
