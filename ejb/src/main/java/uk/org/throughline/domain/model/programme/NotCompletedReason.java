package uk.org.throughline.domain.model.programme;

/** Why a referral ended without the programme being completed. */
public enum NotCompletedReason {
    BREACHED("Breached"),
    DROPPED_OUT("Dropped out"),
    REMOVED("Removed by the programme"),
    MOVED_AWAY("Moved away"),
    REOFFENDED("Re-offended"),
    WITHDRAWN("Referral withdrawn");

    private final String label;

    NotCompletedReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
