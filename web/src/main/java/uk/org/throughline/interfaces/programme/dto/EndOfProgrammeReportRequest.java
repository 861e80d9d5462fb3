package uk.org.throughline.interfaces.programme.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.programme.ProgrammeDocuments;

/** What the facilitator adds to the end-of-programme report. */
public record EndOfProgrammeReportRequest(
        @Schema(description = "Printed as typed; never put a victim's details here")
        @Size(max = ProgrammeDocuments.COMMENTS_LENGTH, message = "The facilitator's comments are at most {max} characters")
        String facilitatorComments) {
}
