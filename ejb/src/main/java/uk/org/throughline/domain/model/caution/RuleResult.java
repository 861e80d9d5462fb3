package uk.org.throughline.domain.model.caution;

/** One eligibility rule checked: whether it passed and why, in words the officer can act on. */
public record RuleResult(EligibilityRule rule, boolean passed, String reason) {

    static RuleResult pass(EligibilityRule rule, String reason) {
        return new RuleResult(rule, true, reason);
    }

    static RuleResult fail(EligibilityRule rule, String reason) {
        return new RuleResult(rule, false, reason);
    }

    static RuleResult check(EligibilityRule rule, boolean passed, String ifPassed, String ifFailed) {
        return new RuleResult(rule, passed, passed ? ifPassed : ifFailed);
    }
}
