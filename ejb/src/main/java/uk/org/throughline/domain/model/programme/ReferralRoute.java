package uk.org.throughline.domain.model.programme;

/** How a person came to be referred to a programme; each programme says which routes it accepts. */
public enum ReferralRoute {
    CONDITIONAL_CAUTION("Conditional caution"),
    COURT_ORDER("Court order requirement"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    YOUTH_OFFENDING_TEAM("Youth offending team"),
    VOLUNTARY("Voluntary or self-referral");

    private final String label;

    ReferralRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
