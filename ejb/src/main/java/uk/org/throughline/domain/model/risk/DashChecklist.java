package uk.org.throughline.domain.model.risk;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * How a DASH checklist is scored (SafeLives): the score is the number of "yes" answers among the
 * 24 checklist questions; 14 or more is high risk ("visible high risk", a MARAC criterion), 10 to 13
 * medium, below 10 standard. The optional screens are recorded but never scored.
 */
public final class DashChecklist {

    /** Stored with each assessment: DASH is being reviewed nationally and a new version may score differently. */
    public static final String INSTRUMENT = "SafeLives DASH RIC 2009";

    public static final int MEDIUM_FROM = 10;
    public static final int HIGH_FROM = 14;

    private DashChecklist() {
    }

    /** The number of "yes" answers to the checklist's questions. */
    public static int score(Map<DashQuestion, DashAnswer> answers) {
        return (int) answers.entrySet().stream()
                .filter(answer -> answer.getKey().section() == DashSection.CHECKLIST && answer.getValue() == DashAnswer.YES)
                .count();
    }

    public static DashLevel levelFor(int score) {
        if (score >= HIGH_FROM) {
            return DashLevel.HIGH;
        }
        return score >= MEDIUM_FROM ? DashLevel.MEDIUM : DashLevel.STANDARD;
    }

    /**
     * Every checklist question must have an answer ("not asked" is one); an optional screen is either
     * left out or answered whole.
     *
     * @throws InvalidFieldException on {@code answers.QUESTION} naming the first question left unanswered
     */
    public static void requireComplete(Map<DashQuestion, DashAnswer> answers) {
        for (DashSection section : DashSection.values()) {
            Set<DashQuestion> asked = answers.keySet();
            boolean started = DashQuestion.of(section).stream().anyMatch(asked::contains);
            if (!section.isOptional() || started) {
                DashQuestion.of(section).stream()
                        .filter(question -> answers.get(question) == null)
                        .findFirst()
                        .ifPresent(question -> {
                            throw new InvalidFieldException("answers." + question.name(), "Answer question "
                                    + question.number() + " of the " + section.label().toLowerCase(Locale.UK)
                                    + (section.isOptional() ? ", or leave the whole screen out" : "")
                                    + ": \"" + question.text() + "\"");
                        });
            }
        }
    }
}
