package uk.org.throughline.domain.model.person;

import java.util.Locale;
import uk.org.throughline.domain.shared.InvalidFieldException;

/** Checks and formatting shared by a person's own name and their aliases. */
public final class PersonNames {

    private PersonNames() {
    }

    /** The name trimmed, refusing a missing one or one too long for its column. */
    static String required(String name, String field, String messageIfMissing) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException(field, messageIfMissing);
        }
        return checkedLength(name.strip(), field);
    }

    /** The name trimmed, or null when none was given. */
    static String optional(String name, String field) {
        return name == null || name.isBlank() ? null : checkedLength(name.strip(), field);
    }

    static String checkedLength(String value, String field) {
        if (value.length() > FieldLengths.NAME) {
            throw new InvalidFieldException(field, "Names are at most " + FieldLengths.NAME + " characters");
        }
        return value;
    }

    /**
     * "SMITH, John": the surname in capitals so it stands out, as on police and probation systems;
     * just "SMITH" when no forename is known.
     */
    public static String display(String surname, String forenames) {
        String upper = surname.toUpperCase(Locale.UK);
        return forenames == null || forenames.isBlank() ? upper : upper + ", " + forenames;
    }

    static boolean sameName(String surname, String forenames, String otherSurname, String otherForenames) {
        return NameNormaliser.joined(surname).equals(NameNormaliser.joined(otherSurname))
                && NameNormaliser.joined(forenames).equals(NameNormaliser.joined(otherForenames));
    }
}
