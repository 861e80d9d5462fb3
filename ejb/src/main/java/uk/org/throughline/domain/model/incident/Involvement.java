package uk.org.throughline.domain.model.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A person on the index in one role in one incident. Held by id, not as an association, because the
 * person is another aggregate: a merge re-points these rows in one statement.
 */
@Embeddable
public class Involvement {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "involvement_role", length = 20, nullable = false)
    private InvolvementRole role;

    protected Involvement() {
        // for JPA
    }

    public Involvement(long personId, InvolvementRole role) {
        this.personId = personId;
        this.role = Objects.requireNonNull(role, "role");
    }

    public long personId() {
        return personId;
    }

    public InvolvementRole role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Involvement that && personId == that.personId && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, role);
    }
}
