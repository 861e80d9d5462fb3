package uk.org.throughline.domain.model.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import uk.org.throughline.domain.shared.Fields;

/**
 * An offence as recorded, e.g. "Common assault (battery)", summary only, on 14/01/2026. A value: a
 * caution or charge keeps its own copy of the offence it was for, so correcting the incident later
 * does not rewrite what the offender admitted.
 */
@Embeddable
public class Offence {

    @Column(name = "offence_description", length = PoliceFieldLengths.DESCRIPTION, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_class", length = 20, nullable = false)
    private OffenceClass offenceClass;

    @Column(name = "offence_date", nullable = false)
    private LocalDate offenceDate;

    protected Offence() {
        // for JPA
    }

    /** @throws uk.org.throughline.domain.shared.InvalidFieldException on "offences" if a detail is missing or in the future */
    public Offence(String description, OffenceClass offenceClass, LocalDate offenceDate, LocalDate today) {
        this.description = Fields.requiredText(description, PoliceFieldLengths.DESCRIPTION, "offences",
                "Enter the description of each offence");
        this.offenceClass = Fields.required(offenceClass, "offences",
                "Select whether " + this.description + " is summary only, either way or indictable only");
        this.offenceDate = Fields.pastDate(offenceDate, today, "offences", "date of " + this.description);
    }

    public String description() {
        return description;
    }

    public OffenceClass offenceClass() {
        return offenceClass;
    }

    public LocalDate offenceDate() {
        return offenceDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Offence that && description.equals(that.description)
                && offenceClass == that.offenceClass && offenceDate.equals(that.offenceDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, offenceClass, offenceDate);
    }
}
