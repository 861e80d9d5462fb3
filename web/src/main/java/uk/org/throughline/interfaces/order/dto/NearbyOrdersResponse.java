package uk.org.throughline.interfaces.order.dto;

import java.util.List;

/**
 * Orders in force near an address: at most {@code limit}, newest first; {@code truncated} when there
 * were more, and the search should be narrowed.
 */
public record NearbyOrdersResponse(List<OrderSummaryResponse> orders, boolean truncated, int limit) {
}
