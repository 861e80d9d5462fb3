package uk.org.throughline.domain.model.person;

import java.time.LocalDate;

/**
 * The single-valued facts about a person, as entered together on the person form. Checked by
 * {@link Person} when it is created or corrected.
 *
 * @param pncId null when the person has no PNC record
 */
public record PersonDetails(String surname, String forenames, LocalDate dateOfBirth, Gender gender,
        Ethnicity ethnicity, Disability disability, String firstLanguage, boolean interpreterRequired,
        PncId pncId) {
}
