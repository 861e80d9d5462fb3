package uk.org.throughline.interfaces.risk.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.interfaces.risk.dto.AssessmentRequest;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;

class RiskDtoMapperTest {

    private static AssessmentRequest request(Map<String, DashAnswer> answers) {
        return new AssessmentRequest(41L, LocalDate.of(2026, 11, 20), "Sam Patel", AssessmentSource.IDVA, null,
                answers, null, null);
    }

    @Test
    void answersAreKeyedByTheQuestionsName() {
        assertEquals(Map.of(DashQuestion.STRANGULATION, DashAnswer.YES, DashQuestion.INJURY, DashAnswer.DONT_KNOW),
                RiskDtoMapper.toForm(request(Map.of("STRANGULATION", DashAnswer.YES, "INJURY", DashAnswer.DONT_KNOW)))
                        .answers());
        assertEquals(Map.of(), RiskDtoMapper.toForm(request(null)).answers());
    }

    @Test
    void aKeyThatIsNoQuestionIsNamedInThe400() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> RiskDtoMapper.toForm(request(Map.of("strangulation", DashAnswer.YES))));
        assertEquals("answers.strangulation", refused.errors().get(0).field());
    }
}
