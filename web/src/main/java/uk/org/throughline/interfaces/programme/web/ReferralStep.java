package uk.org.throughline.interfaces.programme.web;

import java.util.Arrays;
import java.util.List;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/**
 * The lifecycle steps a referral's page offers, each allowed from the statuses the lifecycle lets it
 * move on from (see {@link ReferralStatus#next()}). Going back to the waiting list from a place in a
 * cohort is leaving the cohort, which the cohort's page does, so "add to the waiting list" is offered
 * only to a referral assessed suitable. Naming the case worker leaves the status as it is, so it is
 * offered while the referral is open.
 */
public enum ReferralStep {
    PROGRAMME("Choose the programme", "Programme chosen"),
    ASSESSMENT("Record the suitability assessment", "Assessment recorded"),
    WAITING("Add to the waiting list", "Added to the waiting list"),
    ALLOCATION("Allocate to a cohort", "Allocated to a cohort"),
    COMPLETION("Record completion", "Completion recorded"),
    NON_COMPLETION("End without completion", "Recorded as not completed"),
    TAKE_ON("Take on as case worker", "You are now the case worker: the person is on your \"My people\""),
    ASSIGN_CASE_WORKER("Assign a case worker", "Case worker assigned");

    private final String label;
    private final String done;

    ReferralStep(String label, String done) {
        this.label = label;
        this.done = done;
    }

    public String label() {
        return label;
    }

    /** The message once the step is saved. */
    public String done() {
        return done;
    }

    /**
     * @param linked whether the referral is for a catalogue programme (a caution's may name one loosely)
     * @return the steps the referral can take next, in lifecycle order
     */
    public static List<ReferralStep> allowed(ReferralStatus status, boolean linked) {
        return Arrays.stream(values()).filter(step -> step.allowedFrom(status, linked)).toList();
    }

    private boolean allowedFrom(ReferralStatus status, boolean linked) {
        return switch (this) {
            case PROGRAMME -> !linked && status == ReferralStatus.RECEIVED;
            case ASSESSMENT -> linked && status.next().contains(ReferralStatus.SUITABLE);
            case WAITING -> status == ReferralStatus.SUITABLE;
            case ALLOCATION -> status.next().contains(ReferralStatus.ALLOCATED);
            case COMPLETION -> status.next().contains(ReferralStatus.COMPLETED);
            case NON_COMPLETION -> status.next().contains(ReferralStatus.NOT_COMPLETED);
            case TAKE_ON, ASSIGN_CASE_WORKER -> !status.isFinal();
        };
    }
}
