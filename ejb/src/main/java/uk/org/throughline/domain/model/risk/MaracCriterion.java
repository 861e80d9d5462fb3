package uk.org.throughline.domain.model.risk;

/**
 * Why a case is referred to a MARAC (SafeLives). Repeat is not one of these: any referral within
 * 12 months of the last is a repeat whatever its criterion, see {@link MaracCriteria#isRepeat}, and
 * further abuse within them is flagged as a repeat when recorded, see {@link MaracRepeatRule}.
 */
public enum MaracCriterion {
    VISIBLE_HIGH_RISK("Visible high risk"),
    PROFESSIONAL_JUDGEMENT("Professional judgement"),
    POTENTIAL_ESCALATION("Potential escalation");

    private final String label;

    MaracCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
