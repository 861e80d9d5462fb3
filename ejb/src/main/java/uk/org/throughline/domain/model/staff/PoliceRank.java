package uk.org.throughline.domain.model.staff;

/**
 * A police officer's rank, lowest first (the order is used to compare ranks). Civilian staff have none.
 * Some decisions need an officer of a given rank: overriding a failed conditional-caution eligibility
 * rule needs an inspector or above.
 */
public enum PoliceRank {
    CONSTABLE("Constable"),
    SERGEANT("Sergeant"),
    INSPECTOR("Inspector"),
    CHIEF_INSPECTOR("Chief Inspector"),
    SUPERINTENDENT("Superintendent"),
    CHIEF_SUPERINTENDENT("Chief Superintendent");

    private final String label;

    PoliceRank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAtLeast(PoliceRank other) {
        return compareTo(other) >= 0;
    }
}
