package uk.org.throughline.domain.model.programme;

/** One eligibility criterion checked: whether it passed and why, in words the referrer can act on. */
public record CriterionResult(ProgrammeCriterion criterion, boolean passed, String reason) {

    static CriterionResult of(ProgrammeCriterion criterion, boolean passed, String ifPassed, String ifFailed) {
        return new CriterionResult(criterion, passed, passed ? ifPassed : ifFailed);
    }
}
