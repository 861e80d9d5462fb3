package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.CustodyResult;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** What custody decided, with the bail conditions if bailed. */
public record CustodyResultForm(
        @NotNull(message = "Select the custody result") CustodyResult result,
        @NotNull(message = "Enter the date of the custody decision") LocalDate decidedOn,
        List<@Valid @NotNull BailConditionEntry> bailConditions) {

    public CustodyResultForm {
        bailConditions = bailConditions == null ? List.of() : List.copyOf(bailConditions);
    }

    /** @param wordingShareable police agree the wording may be shared with offender managers */
    public record BailConditionEntry(
            @NotBlank(message = "Enter the wording of each bail condition")
            @Size(max = PoliceFieldLengths.CONDITION, message = "A bail condition is at most {max} characters")
            String text,
            boolean wordingShareable,
            @NotNull(message = "Enter the date each bail condition expires") LocalDate expiresOn) {
    }
}
