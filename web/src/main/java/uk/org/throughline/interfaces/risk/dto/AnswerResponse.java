package uk.org.throughline.interfaces.risk.dto;

import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;

/** One question as asked and its answer. */
public record AnswerResponse(DashQuestion question, DashSection section, int number, String text, DashAnswer answer) {
}
