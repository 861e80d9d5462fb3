package uk.org.throughline.domain.model.programme;

import java.util.List;
import uk.org.throughline.domain.shared.BusinessException;

/** The referral fails some of the programme's criteria and no authorised member of staff gave a reason to proceed. */
public class IneligibleForProgrammeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<CriterionResult> failures;

    public IneligibleForProgrammeException(ProgrammeEligibility eligibility) {
        super("The referral does not meet the eligibility criteria of " + eligibility.programmeName() + ": "
                + eligibility.failureSummary() + ". To refer anyway, an authorised member of staff must record the "
                + "reason for proceeding.");
        this.failures = eligibility.failures();
    }

    public List<CriterionResult> failures() {
        return failures;
    }
}
