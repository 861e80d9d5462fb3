package uk.org.throughline.application.victim;

import java.util.List;

/**
 * What every role may know of a victim: that she is one, her current risk level and the orders that
 * protect her. Never how to reach her.
 */
public record VictimSummary(long personId, String displayName, String riskLevel, List<String> protectiveOrders) {

    public VictimSummary {
        protectiveOrders = List.copyOf(protectiveOrders);
    }
}
