package uk.org.throughline.domain.model.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * The force's reference for an incident (occurrence or crime number), e.g. NP/26/004512. Forces
 * format them differently, so only the shape is checked: letters and digits, optionally separated by
 * "/" or "-", held in capitals so one incident has one spelling.
 */
@Embeddable
public class PoliceReference implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]+([/-][A-Z0-9]+)*");

    @Column(name = "police_reference", length = PoliceFieldLengths.REFERENCE, nullable = false)
    private String value;

    protected PoliceReference() {
        // for JPA
    }

    private PoliceReference(String value) {
        this.value = value;
    }

    /** @throws InvalidFieldException on "policeReference" if it is missing or not shaped like a reference */
    public static PoliceReference parse(String text) {
        String typed = text == null ? "" : text.strip().toUpperCase(Locale.UK);
        if (typed.isEmpty()) {
            throw new InvalidFieldException("policeReference", "Enter the police reference");
        }
        if (typed.length() > PoliceFieldLengths.REFERENCE || !FORMAT.matcher(typed).matches()
                || typed.chars().noneMatch(Character::isDigit)) {
            throw new InvalidFieldException("policeReference", "The police reference must be letters and numbers, "
                    + "optionally separated by / or -, such as NP/26/004512 (at most "
                    + PoliceFieldLengths.REFERENCE + " characters)");
        }
        return new PoliceReference(typed);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PoliceReference reference && Objects.equals(value, reference.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
