package uk.org.throughline.domain.model.order;

/** Why a person is protected by an order: the victim, or a child (a victim in their own right, DA Act 2021 s.3). */
public enum ProtectedRole {
    VICTIM("Victim"),
    CHILD("Child");

    private final String label;

    ProtectedRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
