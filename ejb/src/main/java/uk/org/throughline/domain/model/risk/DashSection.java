package uk.org.throughline.domain.model.risk;

/**
 * The parts of a DASH assessment: the 24-question checklist, always asked and the only part scored,
 * and the optional stalking (S-DASH) and honour-based abuse screens, asked when they apply.
 */
public enum DashSection {
    CHECKLIST("Risk identification checklist", false),
    STALKING("Stalking and harassment screen (S-DASH)", true),
    HONOUR_BASED("Honour-based abuse screen", true);

    private final String label;
    private final boolean optional;

    DashSection(String label, boolean optional) {
        this.label = label;
        this.optional = optional;
    }

    public String label() {
        return label;
    }

    public boolean isOptional() {
        return optional;
    }
}
