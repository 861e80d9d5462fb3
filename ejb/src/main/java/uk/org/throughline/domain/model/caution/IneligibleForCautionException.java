package uk.org.throughline.domain.model.caution;

import java.util.List;
import uk.org.throughline.domain.shared.BusinessException;

/** The case fails some of the scheme's rules and no authorised officer gave a reason to proceed. */
public class IneligibleForCautionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleResult> failures;

    public IneligibleForCautionException(EligibilityAssessment assessment) {
        super("The case does not meet " + assessment.schemeName() + "'s eligibility: " + assessment.failureSummary()
                + ". To caution anyway, an authorised officer must record the reason for proceeding.");
        this.failures = assessment.failures();
    }

    public List<RuleResult> failures() {
        return failures;
    }
}
