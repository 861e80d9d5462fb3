package uk.org.throughline.domain.model.incident;

/** The kinds of domestic abuse recorded on an incident; one incident usually has several. */
public enum AbuseType {
    PHYSICAL("Physical"),
    SEXUAL("Sexual"),
    PSYCHOLOGICAL_EMOTIONAL("Psychological or emotional"),
    ECONOMIC("Economic"),
    CONTROLLING_COERCIVE("Controlling or coercive behaviour"),
    STALKING_HARASSMENT("Stalking or harassment"),
    HONOUR_BASED("Honour-based abuse"),
    FORCED_MARRIAGE("Forced marriage"),
    FGM("Female genital mutilation");

    private final String label;

    AbuseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
