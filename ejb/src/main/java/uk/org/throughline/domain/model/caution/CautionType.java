package uk.org.throughline.domain.model.caution;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * Adult or youth conditional caution. The age limits are statutory, so they live here as constants:
 * adults are 18 or over on the day of the caution (CJA 2003 s.22), youths 10 to 17 (CDA 1998 s.66A),
 * with an appropriate adult present if 16 or under.
 */
public enum CautionType {
    ADULT("Adult conditional caution", "Criminal Justice Act 2003 ss.22\u201327", OutcomeType.CAUTION_ADULT),
    YOUTH("Youth conditional caution", "Crime and Disorder Act 1998 ss.66A\u201366H", OutcomeType.CAUTION_YOUTH);

    static final int ADULT_AGE = 18;
    static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;
    static final int APPROPRIATE_ADULT_UP_TO_AGE = 16;

    private final String label;
    private final String legislation;
    private final OutcomeType outcomeType;

    CautionType(String label, String legislation, OutcomeType outcomeType) {
        this.label = label;
        this.legislation = legislation;
        this.outcomeType = outcomeType;
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The type a Home Office caution outcome is for: 2 youth, 3 adult; empty for any other outcome. */
    public static Optional<CautionType> countedAs(OutcomeType outcome) {
        return Arrays.stream(values()).filter(type -> type.outcomeType == outcome).findFirst();
    }

    /**
     * Checks the offender's age on the day of the caution, and that an appropriate adult is named
     * for a youth of 16 or under.
     *
     * @throws InvalidFieldException naming the field to correct
     */
    public void checkAge(LocalDate dateOfBirth, LocalDate cautionedOn, String appropriateAdult) {
        int age = checkAgeRange(dateOfBirth, cautionedOn, "cautionType", "conditional caution");
        if (this == YOUTH && age <= APPROPRIATE_ADULT_UP_TO_AGE
                && (appropriateAdult == null || appropriateAdult.isBlank())) {
            throw new InvalidFieldException("appropriateAdult", "This person is " + age
                    + ": name the appropriate adult who was present when the caution was given");
        }
    }

    /**
     * Checks that the offender is of this type's age on the day of the caution, conditional or simple.
     *
     * @param field  the form's field that chose the type
     * @param caution what kind of caution, for the message: "conditional caution" or "caution"
     * @return their age that day
     * @throws InvalidFieldException on "dateOfBirth" if it is not recorded, otherwise on {@code field}
     */
    public int checkAgeRange(LocalDate dateOfBirth, LocalDate cautionedOn, String field, String caution) {
        if (dateOfBirth == null) {
            throw new InvalidFieldException("dateOfBirth", "The person's date of birth is not recorded: record it on "
                    + "the person first, because the caution depends on their age");
        }
        int age = ageOn(dateOfBirth, cautionedOn);
        if (this == ADULT && age < ADULT_AGE) {
            throw new InvalidFieldException(field, "An adult " + caution + " is for people aged " + ADULT_AGE
                    + " or over; this person is " + age + ". Use a youth " + caution + ".");
        }
        if (this == YOUTH && (age < AGE_OF_CRIMINAL_RESPONSIBILITY || age >= ADULT_AGE)) {
            throw new InvalidFieldException(field, "A youth " + caution + " is for people aged "
                    + AGE_OF_CRIMINAL_RESPONSIBILITY + " to " + (ADULT_AGE - 1) + "; this person is " + age + ".");
        }
        return age;
    }

    public String label() {
        return label;
    }

    public String legislation() {
        return legislation;
    }

    /** The Home Office outcome the caution is counted as. */
    public OutcomeType outcomeType() {
        return outcomeType;
    }
}
