package uk.org.throughline.interfaces.person.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.person.PossibleDuplicateException;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Register a person". Match before you create: the first Save refuses when the person is probably
 * already on the index and lists the likely matches; the user either opens one or confirms.
 */
@Named
@ViewScoped
public class RegisterPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

    private PersonFormEditor editor;
    private List<PersonSummary> possibleDuplicates = List.of();

    @PostConstruct
    void start() {
        editor = new PersonFormEditor(new PersonForm(), feedback);
    }

    public String save() {
        return register(false);
    }

    /** "This is a new person – save", after the user has looked at the possible duplicates. */
    public String confirmNew() {
        return register(true);
    }

    private String register(boolean duplicatesReviewed) {
        possibleDuplicates = List.of();
        if (!feedback.valid(editor.getForm())) {
            return null;
        }
        try {
            PersonView person = personIndex.register(editor.getForm(), duplicatesReviewed);
            feedback.flash("Person registered");
            return PersonPage.personPage(person.id());
        } catch (PossibleDuplicateException e) {
            possibleDuplicates = e.matches();
            return null;
        }
    }

    public PersonFormEditor getEditor() {
        return editor;
    }

    public List<PersonSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
