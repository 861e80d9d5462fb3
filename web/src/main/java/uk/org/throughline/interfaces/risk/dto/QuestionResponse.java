package uk.org.throughline.interfaces.risk.dto;

import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;

/** A DASH question: its key in an assessment's answers, its section and number, and its wording. */
public record QuestionResponse(DashQuestion question, DashSection section, boolean optional, int number, String text) {
}
