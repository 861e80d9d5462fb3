package uk.org.throughline.interfaces.order.web;

/** Where the order pages go after a save: by a redirect, so that a reload never repeats it. */
final class OrderPages {

    private OrderPages() {
    }

    static String order(long orderId) {
        return "/order/view?faces-redirect=true&id=" + orderId;
    }
}
