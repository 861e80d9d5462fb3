package uk.org.throughline.domain.model.disposal;

/** Requirements of a community order or suspended sentence order (Sentencing Act 2020 Sch. 9). */
public enum RequirementType {
    ACCREDITED_PROGRAMME("Accredited programme"),
    REHABILITATION_ACTIVITY("Rehabilitation activity"),
    UNPAID_WORK("Unpaid work"),
    CURFEW("Curfew"),
    EXCLUSION("Exclusion"),
    PROHIBITED_ACTIVITY("Prohibited activity"),
    MENTAL_HEALTH_TREATMENT("Mental health treatment"),
    DRUG_REHABILITATION("Drug rehabilitation"),
    ALCOHOL_TREATMENT("Alcohol treatment");

    private final String label;

    RequirementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
