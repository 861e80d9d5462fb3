package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import uk.org.throughline.application.PersonSummary;
import uk.org.throughline.application.PersonView;
import uk.org.throughline.application.PossibleDuplicateException;

/**
 * "Register a person". Match before you create: the first Save refuses when the person is probably
 * already on the index and lists the likely matches; the user either opens one or confirms.
 */
@Named
@ViewScoped
public class RegisterPerson extends PersonFormPage {

    private static final long serialVersionUID = 1L;

    private List<PersonSummary> possibleDuplicates = List.of();

    public String save() {
        return register(false);
    }

    /** "This is a new person – save", after the user has looked at the possible duplicates. */
    public String confirmNew() {
        return register(true);
    }

    private String register(boolean duplicatesReviewed) {
        possibleDuplicates = List.of();
        if (!feedback.valid(form)) {
            return null;
        }
        try {
            PersonView person = personIndex.register(form, duplicatesReviewed);
            feedback.flash("Person registered");
            return PersonPages.personPage(person.id());
        } catch (PossibleDuplicateException e) {
            possibleDuplicates = e.matches();
            return null;
        }
    }

    public List<PersonSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
