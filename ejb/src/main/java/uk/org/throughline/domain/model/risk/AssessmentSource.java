package uk.org.throughline.domain.model.risk;

/** Who carried out a DASH assessment. */
public enum AssessmentSource {
    POLICE_AT_SCENE("Police at the scene"),
    POLICE_FOLLOW_UP("Police follow-up"),
    IDVA("IDVA / integrated support service"),
    PROBATION("Probation"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    HEALTH("Health"),
    HOUSING("Housing"),
    OTHER("Other agency");

    private final String label;

    AssessmentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
