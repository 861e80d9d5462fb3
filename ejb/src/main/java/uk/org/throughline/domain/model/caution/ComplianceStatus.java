package uk.org.throughline.domain.model.caution;

import uk.org.throughline.domain.shared.BusinessException;

/**
 * The status of a caution condition, and of the caution as a whole. Only an active one may change,
 * and once complied, failed or withdrawn it stays so: a later decision is recorded beside it.
 */
public enum ComplianceStatus {
    ACTIVE("Active"),
    COMPLIED("Complied"),
    FAILED("Failed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ComplianceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canBecome(ComplianceStatus next) {
        return this == ACTIVE && next != ACTIVE;
    }

    /**
     * @param subject what is changing, for the message: "The caution", "The condition \"Attend ...\""
     * @throws BusinessException naming the current status if the change is not allowed
     */
    public void requireCanBecome(ComplianceStatus next, String subject) {
        if (!canBecome(next)) {
            throw new BusinessException(subject + " is \"" + label + "\", so it cannot become \"" + next.label + "\".");
        }
    }
}
