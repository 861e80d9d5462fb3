package uk.org.throughline.domain.model.programme;

import java.util.List;
import java.util.stream.Collectors;

/** A programme's criteria checked for one referral, in the programme's order. */
public record ProgrammeEligibility(String programmeName, List<CriterionResult> results) {

    public ProgrammeEligibility {
        results = List.copyOf(results);
    }

    public List<CriterionResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    public boolean eligible() {
        return failures().isEmpty();
    }

    /** Each failed criterion named with its reason, e.g. "Risk level: high; Project PIPA takes low or medium". */
    public String failureSummary() {
        return failures().stream()
                .map(failure -> failure.criterion().label() + ": " + failure.reason())
                .collect(Collectors.joining("; "));
    }
}
