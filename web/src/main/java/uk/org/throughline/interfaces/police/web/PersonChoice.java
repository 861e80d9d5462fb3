package uk.org.throughline.interfaces.police.web;

import java.io.Serializable;
import java.time.LocalDate;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.interfaces.shared.UkDates;

/**
 * A person chosen from the index for a police record, with a label that tells people of the same
 * name apart: "SMITH, John (born 23/11/1985, PNC 2019/1234567A)".
 */
public record PersonChoice(long id, String label) implements Serializable {

    public static PersonChoice of(PersonSummary person) {
        return of(person.id(), person.displayName(), person.dateOfBirth(), person.pncId());
    }

    public static PersonChoice of(PersonView person) {
        return of(person.id(), person.displayName(), person.dateOfBirth(), person.pncId());
    }

    private static PersonChoice of(long id, String displayName, LocalDate dateOfBirth, String pncId) {
        String born = dateOfBirth == null ? "date of birth not known" : "born " + UkDates.formatDate(dateOfBirth);
        String pnc = pncId == null ? "" : ", PNC " + pncId;
        return new PersonChoice(id, displayName + " (" + born + pnc + ")");
    }
}
