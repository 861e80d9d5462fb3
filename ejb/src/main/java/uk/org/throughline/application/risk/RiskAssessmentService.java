package uk.org.throughline.application.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.org.throughline.application.risk.RiskForms.AssessmentForm;

/**
 * DASH risk assessments of victims and their risk history. Victim-facing roles (partner contact,
 * police, managers, administrators) read and record them; perpetrator-facing roles learn only the
 * current level, through {@link #currentLevel}. Every read and change is audited.
 */
public interface RiskAssessmentService {

    /**
     * Scores and saves the assessment and says at once what the MARAC criteria make of it. When it
     * takes her to high risk, {@link RiskRoseToHigh} is fired in the same transaction.
     *
     * @throws uk.org.throughline.domain.shared.InvalidFieldException naming the field, e.g. a judged level
     *         below the checklist's
     */
    RiskAssessmentView record(@NotNull @Valid AssessmentForm form);

    RiskAssessmentView view(long assessmentId);

    /** Her assessments, newest first, each with its answers. */
    List<RiskAssessmentView> assessmentsOf(long personId);

    RiskHistoryView history(long personId);

    /** The one thing every role may know: how high her risk is now. */
    RiskLevelView currentLevel(long personId);
}
