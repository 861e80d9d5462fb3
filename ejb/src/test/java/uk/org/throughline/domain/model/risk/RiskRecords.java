package uk.org.throughline.domain.model.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.domain.model.incident.DashLevel;

/** Risk assessments and MARAC facts for the tests, on a fixed day. */
final class RiskRecords {

    static final long VICTIM = 41L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");
    static final String IDVA = "partner.demo";

    private RiskRecords() {
    }

    /** The 24 checklist questions, the first {@code yes} answered yes, the rest no. */
    static Map<DashQuestion, DashAnswer> checklist(int yes) {
        Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
        List<DashQuestion> questions = DashQuestion.of(DashSection.CHECKLIST);
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i), i < yes ? DashAnswer.YES : DashAnswer.NO);
        }
        return answers;
    }

    static AssessmentDetails details(Map<DashQuestion, DashAnswer> answers, DashLevel judged, String reason) {
        return new AssessmentDetails(VICTIM, TODAY, "Sam Patel (IDVA)", AssessmentSource.IDVA, null, answers, judged,
                reason);
    }

    static RiskAssessment assessment(int yes) {
        return new RiskAssessment(details(checklist(yes), null, null), IDVA, TODAY, NOW);
    }

    static MaracFacts facts(RiskAssessment latest, List<LocalDate> incidentDays, LocalDate lastReferralOn) {
        return new MaracFacts(latest, incidentDays, lastReferralOn, null, TODAY);
    }
}
