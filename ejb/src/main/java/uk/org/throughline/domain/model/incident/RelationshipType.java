package uk.org.throughline.domain.model.incident;

/**
 * How suspect and victim are "personally connected" (Domestic Abuse Act 2021 s.2). Violence by a child
 * under 16 towards a parent is not domestic abuse under s.1 (both must be 16 or over): it is recorded as
 * child-to-parent violence, the YUVA route.
 */
public enum RelationshipType {
    CURRENT_INTIMATE_PARTNER("Current intimate partner", true),
    FORMER_INTIMATE_PARTNER("Former intimate partner", true),
    CHILD_TO_PARENT("Child (16 or over) to parent", false),
    CHILD_UNDER_16_TO_PARENT("Child-to-parent violence (child under 16)", false),
    PARENT_TO_CHILD("Parent to child", false),
    OTHER_FAMILY_MEMBER("Other family member", false);

    private final String label;
    private final boolean intimatePartner;

    RelationshipType(String label, boolean intimatePartner) {
        this.label = label;
        this.intimatePartner = intimatePartner;
    }

    public String label() {
        return label;
    }

    public boolean isIntimatePartner() {
        return intimatePartner;
    }
}
