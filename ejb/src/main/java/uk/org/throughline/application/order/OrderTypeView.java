package uk.org.throughline.application.order;

/** An order type and its rules, for choosing one and for the form's hints. */
public record OrderTypeView(String code, String name, String statute, String madeBy, boolean notice,
        Integer hearingWithinHours, Integer defaultDays, Integer minimumDays, Integer maximumDays,
        boolean untilFurtherOrderAllowed, String duration, boolean breachIsOffence, String breachStatute,
        String breachMaximumPenalty, boolean contemptAlternative, boolean powerOfArrestAttachable,
        boolean positiveRequirements) {
}
