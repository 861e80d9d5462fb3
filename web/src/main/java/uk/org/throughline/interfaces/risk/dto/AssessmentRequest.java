package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;

/** A DASH assessment of a victim. */
public record AssessmentRequest(
        @Schema(required = true, description = "The victim assessed") Long personId,
        @Schema(required = true, example = "2026-11-20") LocalDate assessedOn,
        @Schema(required = true, example = "Sam Patel (IDVA)") String assessor,
        @Schema(required = true, example = "IDVA") AssessmentSource source,
        @Schema(description = "The police incident the assessment follows, one where she is the victim")
        Long incidentId,
        @Schema(required = true, description = "Answer by question (see GET /api/risk-assessments/questions): all "
                + "24 checklist questions; the STALKING_ and HONOUR_ screens left out or answered whole",
                example = "{\"INJURY\":\"YES\",\"VERY_FRIGHTENED\":\"NO\"}")
        Map<String, DashAnswer> answers,
        @Schema(description = "A level above the checklist's, by professional judgement; never lower")
        DashLevel judgedLevel,
        @Schema(description = "Required with judgedLevel") String judgementReason) {
}
