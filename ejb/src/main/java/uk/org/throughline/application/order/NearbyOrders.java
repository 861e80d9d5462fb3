package uk.org.throughline.application.order;

import java.util.List;

/**
 * What a search for orders in force near an address found: at most {@link #MOST}, newest first;
 * {@code truncated} when there were more, and the search should be narrowed.
 */
public record NearbyOrders(List<OrderSummary> orders, boolean truncated) {

    /** The most orders one search lists. */
    public static final int MOST = 50;

    /** The fewest characters of an address a search takes: fewer would match nearly every address. */
    public static final int SHORTEST_ADDRESS = 4;

    public NearbyOrders {
        orders = List.copyOf(orders);
    }
}
