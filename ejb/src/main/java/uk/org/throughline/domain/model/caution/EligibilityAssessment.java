package uk.org.throughline.domain.model.caution;

import java.util.List;
import java.util.stream.Collectors;

/** Every rule of a scheme checked against one case, in the scheme's order. */
public record EligibilityAssessment(String schemeName, List<RuleResult> results) {

    public EligibilityAssessment {
        results = List.copyOf(results);
    }

    public boolean eligible() {
        return results.stream().allMatch(RuleResult::passed);
    }

    public List<RuleResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** The failed rules' reasons in one line, to keep with a caution given despite them. */
    public String failureSummary() {
        return failures().stream().map(RuleResult::reason).collect(Collectors.joining("; "));
    }
}
