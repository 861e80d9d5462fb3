package uk.org.throughline.interfaces.risk.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.AssessmentSource;

/**
 * A DASH assessment with its answers, score and levels. Not {@link RiskAssessmentView} itself: here
 * {@code createdAt} carries London's offset.
 */
public record AssessmentResponse(
        long id,
        long version,
        long personId,
        String personName,
        LocalDate assessedOn,
        String assessor,
        AssessmentSource source,
        @Schema(example = "SafeLives DASH RIC 2009") String instrument,
        Long incidentId,
        List<RiskAssessmentView.Answer> answers,
        @Schema(description = "The number of yes answers among the 24 checklist questions") int score,
        DashLevel checklistLevel,
        DashLevel judgedLevel,
        String judgementReason,
        @Schema(description = "The level that stands: judged when professional judgement raised it") DashLevel level,
        String recordedBy,
        OffsetDateTime createdAt,
        @Schema(description = "Whether saving it took her to high risk (only in the answer to the POST)")
        boolean roseToHigh,
        @Schema(description = "What the MARAC criteria said on saving (only in the answer to the POST)")
        MaracSuggestionView maracSuggestion) {
}
