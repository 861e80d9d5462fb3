package uk.org.throughline.domain.model.incident;

/** The DASH risk level found at the scene, lowest first (the order is used to compare levels). */
public enum DashLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    DashLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAtMost(DashLevel other) {
        return compareTo(other) <= 0;
    }
}
