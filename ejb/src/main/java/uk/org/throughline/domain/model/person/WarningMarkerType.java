package uk.org.throughline.domain.model.person;

/** Safety warning markers that officers and workers must see before meeting the person. */
public enum WarningMarkerType {
    VIOLENCE("Violent"),
    WEAPONS("Weapons"),
    FIREARMS("Firearms"),
    STALKING("Stalking"),
    HONOUR_BASED_ABUSE("Honour-based abuse risk"),
    SUICIDE_SELF_HARM("Suicide or self-harm"),
    MENTAL_HEALTH("Mental health"),
    DRUGS("Drugs");

    private final String label;

    WarningMarkerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
