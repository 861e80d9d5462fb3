package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.PersonForm;
import uk.org.throughline.application.PersonView;

/**
 * Editing a person. The version read on opening goes back with the save, so an edit made by
 * someone else meanwhile is refused rather than overwritten; the user's input stays on screen.
 */
@Named
@ViewScoped
public class EditPerson extends PersonFormPage {

    private static final long serialVersionUID = 1L;

    private Long id;
    private PersonView person;

    public void load() {
        person = personIndex.view(id);
        form = PersonForm.of(person);
    }

    public String save() {
        if (!feedback.valid(form)) {
            return null;
        }
        personIndex.update(id, person.version(), form);
        feedback.flash("Changes saved");
        return PersonPages.personPage(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The record as it was read, for the heading and the version. */
    public PersonView getPerson() {
        return person;
    }
}
