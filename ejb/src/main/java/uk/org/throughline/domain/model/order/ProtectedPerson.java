package uk.org.throughline.domain.model.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person an order protects, from the person index, as victim or child. */
@Embeddable
public class ProtectedPerson {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private ProtectedRole role;

    protected ProtectedPerson() {
        // for JPA
    }

    public ProtectedPerson(long personId, ProtectedRole role) {
        this.personId = personId;
        this.role = role;
    }

    public long personId() {
        return personId;
    }

    public ProtectedRole role() {
        return role;
    }
}
