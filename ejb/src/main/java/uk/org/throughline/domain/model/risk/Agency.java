package uk.org.throughline.domain.model.risk;

/** The agencies that sit at a MARAC: who refers a case and who takes an action. */
public enum Agency {
    POLICE("Police"),
    IDVA("IDVA service"),
    PROBATION("Probation"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    ADULT_SOCIAL_CARE("Adult social care"),
    HEALTH("Health"),
    MENTAL_HEALTH("Mental health"),
    HOUSING("Housing"),
    EDUCATION("Education"),
    YOUTH_OFFENDING("Youth offending service"),
    SUBSTANCE_MISUSE("Substance misuse service"),
    REFUGE("Refuge"),
    OTHER("Other");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
