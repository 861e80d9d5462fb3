package uk.org.throughline.application.victim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.org.throughline.domain.model.victim.SupportDecision;
import uk.org.throughline.domain.model.victim.VictimFieldLengths;

/** What is entered about the parallel support of mothers (Caring Dads) and parents (YUVA). */
public final class SupportForms {

    private SupportForms() {
    }

    /** @param worker the support worker's username; blank to keep the one named */
    public record DecisionForm(
            @NotNull(message = "Select whether she accepted or declined the support") SupportDecision decision,
            @NotNull(message = "Enter the date of her decision") LocalDate on,
            @Size(max = VictimFieldLengths.USERNAME, message = "The worker's username is at most {max} characters")
            String worker) {
    }

    public record ParentGroupForm(
            @NotBlank(message = "Name the group")
            @Size(max = VictimFieldLengths.GROUP_NAME, message = "The name is at most {max} characters") String name,
            @NotBlank(message = "Enter where the group meets")
            @Size(max = VictimFieldLengths.VENUE, message = "The venue is at most {max} characters") String venue,
            @NotBlank(message = "Name the worker who runs the group")
            @Size(max = VictimFieldLengths.USERNAME, message = "The worker's username is at most {max} characters")
            String worker) {
    }

    public record ParentSessionForm(
            @NotNull(message = "Enter the date of the session") LocalDate date,
            @NotNull(message = "Enter the start time") LocalTime startTime) {
    }

    /** The whole register of a parent group session, at the session's version as read. */
    public record ParentRegisterForm(
            @NotNull(message = "Give the session's version as read") Long expectedVersion,
            @NotEmpty(message = "Mark every parent in the group") List<@Valid Line> lines) {
    }

    /** @param planId the parent's support plan */
    public record Line(
            @NotNull(message = "Name the parent") Long planId,
            @NotNull(message = "Mark whether she attended") Boolean attended) {
    }
}
