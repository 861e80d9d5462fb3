package uk.org.throughline.domain.model.caution;

import java.util.Locale;
import uk.org.throughline.domain.model.staff.PoliceRank;

/**
 * An officer's decision to caution although scheme rules failed, with the reason. Only an authorised
 * officer, an inspector or above, may make it; who made it and their rank are kept with the caution.
 *
 * @param officer the username of the officer giving the caution
 * @param rank    their rank as recorded on their account, null for civilian staff
 */
public record EligibilityOverride(String reason, String officer, PoliceRank rank) {

    /** The lowest rank that may override failed eligibility rules. */
    public static final PoliceRank AUTHORISED_FROM = PoliceRank.INSPECTOR;

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    public boolean isAuthorised() {
        return rank != null && rank.isAtLeast(AUTHORISED_FROM);
    }

    /** "a constable", "civilian staff with no police rank": what the refusal says the officer is recorded as. */
    String recordedAs() {
        return rank == null ? "civilian staff with no police rank" : "a " + rank.label().toLowerCase(Locale.UK);
    }
}
