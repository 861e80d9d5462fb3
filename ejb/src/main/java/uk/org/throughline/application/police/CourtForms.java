package uk.org.throughline.application.police;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.disposal.RequirementType;
import uk.org.throughline.domain.model.disposal.SentenceType;
import uk.org.throughline.domain.model.disposal.Verdict;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;

/** What is entered as a court case moves on: hearings, plea, verdict, sentence. */
public final class CourtForms {

    private CourtForms() {
    }

    /** A hearing listed (future date, no result) or held (with its result). */
    public record HearingForm(
            @NotNull(message = "Enter the date of the hearing") LocalDate hearingDate,
            @NotBlank(message = "Enter the court")
            @Size(max = PoliceFieldLengths.COURT, message = "The court is at most {max} characters") String court,
            @Size(max = PoliceFieldLengths.REASON, message = "The result is at most {max} characters") String result) {
    }

    public record PleaForm(
            @NotNull(message = "Select the plea") Plea plea,
            @NotNull(message = "Enter the date of the plea") LocalDate pleadedOn) {
    }

    public record VerdictForm(
            @NotNull(message = "Select the verdict") Verdict verdict,
            @NotNull(message = "Enter the date of the verdict") LocalDate verdictOn) {
    }

    public record SentenceForm(
            @NotNull(message = "Select the sentence") SentenceType sentenceType,
            @NotNull(message = "Enter the date of sentence") LocalDate sentencedOn,
            /** When the order or licence ends, if known. */
            LocalDate endsOn,
            List<@Valid @NotNull RequirementEntry> requirements) {

        public SentenceForm {
            requirements = requirements == null ? List.of() : List.copyOf(requirements);
        }
    }

    /** @param detailShareable police agree the detail may be shared with offender managers */
    public record RequirementEntry(
            @NotNull(message = "Select the type of each requirement") RequirementType type,
            @Size(max = PoliceFieldLengths.DESCRIPTION, message = "A requirement's detail is at most {max} characters")
            String detail,
            boolean detailShareable) {
    }

    public record RestrainingOrderForm(
            @NotNull(message = "Enter the date the restraining order was made") LocalDate madeOn) {
    }
}
