package uk.org.throughline.application.police;

import java.util.List;

/**
 * A scheme's rules checked against one case, each passed or failed with its reason, for the
 * officer to see before giving the caution. {@code eligible} is true when every rule passed.
 */
public record EligibilityView(long schemeId, String schemeName, boolean eligible, List<Rule> rules) {

    public EligibilityView {
        rules = List.copyOf(rules);
    }

    public record Rule(String code, String label, boolean passed, String reason) {
    }
}
