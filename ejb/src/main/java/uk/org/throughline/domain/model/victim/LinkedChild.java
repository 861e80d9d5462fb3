package uk.org.throughline.domain.model.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import uk.org.throughline.domain.shared.Fields;

/** A child in her care, a victim in their own right (Domestic Abuse Act 2021 s.3). */
@Embeddable
public class LinkedChild {

    @Column(name = "name", length = VictimFieldLengths.CHILD_NAME, nullable = false)
    private String name;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    protected LinkedChild() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException on "children" if the name is missing or born in the future */
    public LinkedChild(String name, LocalDate dateOfBirth, LocalDate today) {
        this.name = Fields.requiredText(name, VictimFieldLengths.CHILD_NAME, "children", "Enter the child's name");
        this.dateOfBirth = dateOfBirth == null ? null
                : Fields.pastDate(dateOfBirth, today, "children", "child's date of birth");
    }

    public String name() {
        return name;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkedChild child && child.name.equals(name)
                && Objects.equals(child.dateOfBirth, dateOfBirth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dateOfBirth);
    }
}
