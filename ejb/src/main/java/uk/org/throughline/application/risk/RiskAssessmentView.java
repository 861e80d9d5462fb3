package uk.org.throughline.application.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;

/**
 * A DASH assessment as read: every answer in the order asked, the score, the checklist's level, any
 * judged level with its reason, and the level that stands. {@code maracSuggestion} is what the MARAC
 * criteria said the moment the assessment was saved (null when read later); {@code roseToHigh} whether
 * saving it took her to high risk.
 */
public record RiskAssessmentView(long id, long version, long personId, String personName, LocalDate assessedOn,
        String assessor, AssessmentSource source, String instrument, Long incidentId, List<Answer> answers, int score,
        DashLevel checklistLevel, DashLevel judgedLevel, String judgementReason, DashLevel level, String recordedBy,
        Instant createdAt, boolean roseToHigh, MaracSuggestionView maracSuggestion) {

    public RiskAssessmentView {
        answers = List.copyOf(answers);
    }

    public record Answer(DashQuestion question, DashSection section, int number, String text, DashAnswer answer) {
    }
}
