package uk.org.throughline.application.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.order.Applicant;
import uk.org.throughline.domain.model.order.BreachRoute;
import uk.org.throughline.domain.model.order.ConditionKind;
import uk.org.throughline.domain.model.order.OrderFieldLengths;
import uk.org.throughline.domain.model.order.PoliceAction;
import uk.org.throughline.domain.model.order.ProtectedRole;

/** What is entered to record a civil order, what happens to it afterwards, and its breaches. */
public final class OrderForms {

    private OrderForms() {
    }

    /**
     * A new order. For a restraining order made in a court case the police journey holds,
     * {@code courtCaseId} links it: the respondent and made date must then be the case's. For a DVPO
     * (DAPO) made at the hearing a DVPN (DAPN) required, {@code followsNoticeId} links it to the notice,
     * which ends the day the order is made.
     *
     * @param expiresOn null for "until further order" (where the type allows it) and for a notice
     */
    public record OrderForm(
            @NotBlank(message = "Select the type of order") String orderType,
            @NotNull(message = "Choose the respondent") Long respondentId,
            @NotNull(message = "Select who applied for the order") Applicant applicant,
            @Size(max = OrderFieldLengths.COURT, message = "The court is at most {max} characters") String court,
            @Size(max = OrderFieldLengths.CASE_NUMBER, message = "The case number is at most {max} characters")
            String caseNumber,
            Long courtCaseId,
            Long followsNoticeId,
            @NotNull(message = "Enter the date the order was made") LocalDate madeOn,
            LocalDate expiresOn,
            @Size(max = OrderFieldLengths.REASON, message = "The reason is at most {max} characters") String durationReason,
            boolean powerOfArrest,
            @NotEmpty(message = "Add at least one protected person") List<@Valid @NotNull ProtectedPersonEntry> protectedPersons,
            @NotEmpty(message = "Add at least one condition of the order") List<@Valid @NotNull ConditionEntry> conditions) {

        public OrderForm {
            protectedPersons = protectedPersons == null ? List.of() : List.copyOf(protectedPersons);
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    public record ProtectedPersonEntry(
            @NotNull(message = "Choose each protected person") Long personId,
            @NotNull(message = "Say whether each protected person is a victim or a child") ProtectedRole role) {
    }

    /**
     * One condition; which details it needs depends on its kind (metres for no-approach, an address for exclusion).
     *
     * @param wordingShareable police agree the wording may be shared with offender managers
     * @param victimsAddress   the excluded address is where a protected person lives, so withheld from offender
     *                         managers
     */
    public record ConditionEntry(
            @NotNull(message = "Select the kind of condition") ConditionKind kind,
            @Size(max = OrderFieldLengths.DETAIL, message = "The detail is at most {max} characters") String detail,
            boolean wordingShareable,
            @Positive(message = "The distance is a number of metres above 0") Integer metres,
            @Size(max = OrderFieldLengths.ADDRESS_LINE, message = "The address line is at most {max} characters")
            String addressLine,
            @Size(max = OrderFieldLengths.TOWN, message = "The town is at most {max} characters") String town,
            @Size(max = OrderFieldLengths.POSTCODE, message = "The postcode is at most {max} characters") String postcode,
            boolean victimsAddress) {
    }

    public record ServiceForm(@NotNull(message = "Enter the date and time the order was served") Instant servedAt) {
    }

    /** @param descriptionShareable police agree the description may be shared with offender managers */
    public record VariationForm(
            @NotNull(message = "Enter the date of the variation") LocalDate variedOn,
            @NotBlank(message = "Say what the court varied")
            @Size(max = OrderFieldLengths.REASON, message = "The description is at most {max} characters") String description,
            boolean descriptionShareable,
            List<@Valid @NotNull ConditionEntry> addedConditions,
            List<@NotNull Long> removedConditionIds) {

        public VariationForm {
            addedConditions = addedConditions == null ? List.of() : List.copyOf(addedConditions);
            removedConditionIds = removedConditionIds == null ? List.of() : List.copyOf(removedConditionIds);
        }
    }

    public record ExtensionForm(
            @NotNull(message = "Enter the date of the extension") LocalDate extendedOn,
            @NotNull(message = "Enter the new expiry date") LocalDate expiresOn,
            @Size(max = OrderFieldLengths.REASON, message = "The reason is at most {max} characters") String durationReason) {
    }

    /**
     * The notice's hearing sat in time and the court adjourned it: the notice stays in force until decided.
     *
     * @param adjournedOn the day the hearing sat
     * @param adjournedTo when the adjourned hearing is listed
     */
    public record AdjournmentForm(
            @NotNull(message = "Enter the date the hearing sat") LocalDate adjournedOn,
            @NotNull(message = "Enter the date and time the hearing was adjourned to") Instant adjournedTo,
            @NotBlank(message = "Say why the hearing was adjourned")
            @Size(max = OrderFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }

    public record DischargeForm(
            @NotNull(message = "Enter the date of the discharge") LocalDate dischargedOn,
            @NotBlank(message = "Say why the order was discharged")
            @Size(max = OrderFieldLengths.REASON, message = "The reason is at most {max} characters") String reason) {
    }

    /**
     * A breach as police record it.
     *
     * @param accountShareable police agree what happened and who reported it may be shared with offender managers
     */
    public record BreachForm(
            @NotNull(message = "Enter the date and time of the breach") Instant occurredAt,
            @NotNull(message = "Select the condition breached") Long conditionId,
            @NotBlank(message = "Say what happened")
            @Size(max = OrderFieldLengths.WHAT_HAPPENED, message = "What happened is at most {max} characters")
            String whatHappened,
            @NotBlank(message = "Say who reported the breach")
            @Size(max = OrderFieldLengths.REPORTED_BY, message = "Who reported it is at most {max} characters")
            String reportedBy,
            boolean accountShareable,
            @NotNull(message = "Select what police did") PoliceAction policeAction,
            @Size(max = OrderFieldLengths.REASON, message = "This is at most {max} characters") String actionDetail,
            BreachRoute route,
            @Size(max = OrderFieldLengths.REASON, message = "The outcome is at most {max} characters") String outcome,
            Long incidentId) {
    }

    public record BreachOutcomeForm(
            @NotBlank(message = "Enter the outcome")
            @Size(max = OrderFieldLengths.REASON, message = "The outcome is at most {max} characters") String outcome) {
    }
}
