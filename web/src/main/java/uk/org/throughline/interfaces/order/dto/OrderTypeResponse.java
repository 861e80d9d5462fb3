package uk.org.throughline.interfaces.order.dto;

/** An order type and its rules. */
public record OrderTypeResponse(String code, String name, String statute, String madeBy, boolean notice,
        Integer hearingWithinHours, Integer defaultDays, Integer minimumDays, Integer maximumDays,
        boolean untilFurtherOrderAllowed, String duration, boolean breachIsOffence, String breachStatute,
        String breachMaximumPenalty, boolean contemptAlternative, boolean powerOfArrestAttachable,
        boolean positiveRequirements) {
}
