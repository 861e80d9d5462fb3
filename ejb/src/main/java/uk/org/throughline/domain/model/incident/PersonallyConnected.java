package uk.org.throughline.domain.model.incident;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;

/**
 * The age test of Domestic Abuse Act 2021 s.1: behaviour is domestic abuse only when the person who
 * abuses and the person abused are each aged 16 or over and personally connected. Between partners,
 * anyone under 16 takes the incident out of domestic abuse; a child under 16 who is violent to a parent
 * is recorded as child-to-parent violence (YUVA's field), and a child of 16 or over as domestic abuse.
 * An age that is not known (no date of birth on the index) is not held against the record.
 */
public final class PersonallyConnected {

    /** Domestic Abuse Act 2021 s.1(2)(a): "each of them is aged 16 or over". */
    public static final int AGE_OF_DOMESTIC_ABUSE = 16;

    private PersonallyConnected() {
    }

    /**
     * @param dateOfBirth each person's date of birth, if the index holds one
     * @param names       each person's display name, for the message
     * @throws InvalidFieldException on "relationship", naming the person and their age on the day
     */
    public static void requireAgesFit(RelationshipType relationship, List<Involvement> involvements, LocalDate on,
            LongFunction<Optional<LocalDate>> dateOfBirth, LongFunction<String> names) {
        for (Involvement involvement : involvements) {
            boolean suspect = involvement.role() == InvolvementRole.SUSPECT;
            if (!suspect && involvement.role() != InvolvementRole.VICTIM) {
                continue;
            }
            Optional<Integer> age = dateOfBirth.apply(involvement.personId())
                    .map(born -> Period.between(born, on).getYears());
            if (age.isEmpty()) {
                continue;
            }
            boolean under16 = age.get() < AGE_OF_DOMESTIC_ABUSE;
            String who = names.apply(involvement.personId()) + " was " + age.get() + " on " + UkDate.format(on);
            if (relationship.isIntimatePartner() && under16) {
                throw new InvalidFieldException("relationship", who + ": abuse between partners is domestic abuse"
                        + " only when both are 16 or over (Domestic Abuse Act 2021 s.1). Refer it to children's"
                        + " social care as a safeguarding concern, or correct the date of birth");
            }
            if (suspect && relationship == RelationshipType.CHILD_TO_PARENT && under16) {
                throw new InvalidFieldException("relationship", who + ": violence by a child under 16 to a parent is "
                        + "child-to-parent violence, not domestic abuse (Domestic Abuse Act 2021 s.1). Choose \""
                        + RelationshipType.CHILD_UNDER_16_TO_PARENT.label() + "\"");
            }
            if (suspect && relationship == RelationshipType.CHILD_UNDER_16_TO_PARENT && !under16) {
                throw new InvalidFieldException("relationship", who + ": a child of 16 or over who is violent to a "
                        + "parent commits domestic abuse (Domestic Abuse Act 2021 s.1). Choose \""
                        + RelationshipType.CHILD_TO_PARENT.label() + "\"");
            }
        }
    }
}
