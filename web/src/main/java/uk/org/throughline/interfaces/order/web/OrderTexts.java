package uk.org.throughline.interfaces.order.web;

/** How the order pages word what the service withholds or leaves open. */
final class OrderTexts {

    private OrderTexts() {
    }

    /** The names, or "2 people (not shown to your role)" when the service withheld them. */
    static String protects(String names, int count) {
        if (names != null) {
            return names;
        }
        return (count == 1 ? "1 person" : count + " people") + " (not shown to your role)";
    }
}
