package uk.org.throughline.domain.model.order;

/**
 * How a breach of an order that allows both is taken: as the criminal offence or as contempt of
 * court, never both (Family Law Act 1996 s.42A(3) and (4); Domestic Abuse Act 2021 s.39).
 */
public enum BreachRoute {
    CRIMINAL("Criminal offence"),
    CONTEMPT("Contempt of court");

    private final String label;

    BreachRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
