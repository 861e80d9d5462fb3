package uk.org.throughline.domain.model.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import uk.org.throughline.domain.model.incident.RelationshipType;
import uk.org.throughline.domain.shared.Fields;

/** A person who harmed her, and how they are connected (Domestic Abuse Act 2021 s.2). */
@Embeddable
public class PerpetratorLink {

    @Column(name = "perpetrator_person_id", nullable = false)
    private long perpetratorPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", length = 30, nullable = false)
    private RelationshipType relationship;

    protected PerpetratorLink() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException on "perpetrators" if a value is missing */
    public PerpetratorLink(Long perpetratorPersonId, RelationshipType relationship) {
        this.perpetratorPersonId = Fields.required(perpetratorPersonId, "perpetrators", "Choose the perpetrator");
        this.relationship = Fields.required(relationship, "perpetrators",
                "Select how the perpetrator is connected to her");
    }

    public long perpetratorPersonId() {
        return perpetratorPersonId;
    }

    public RelationshipType relationship() {
        return relationship;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PerpetratorLink link && link.perpetratorPersonId == perpetratorPersonId
                && link.relationship == relationship;
    }

    @Override
    public int hashCode() {
        return Objects.hash(perpetratorPersonId, relationship);
    }
}
