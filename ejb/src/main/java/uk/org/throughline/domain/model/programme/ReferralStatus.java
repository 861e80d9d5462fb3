package uk.org.throughline.domain.model.programme;

/** Where a referral has got to; a new referral is received and waits for the programme to assess it. */
public enum ReferralStatus {
    RECEIVED("Received");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
