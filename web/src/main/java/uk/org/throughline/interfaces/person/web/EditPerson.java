package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.org.throughline.application.person.PersonForm;

/**
 * Editing a person. The version read on opening goes back with the save, so an edit made by
 * someone else meanwhile is refused rather than overwritten, and the user's input stays on screen.
 */
@Named
@ViewScoped
public class EditPerson extends PersonPage {

    private static final long serialVersionUID = 1L;

    private PersonFormEditor editor;

    @Override
    public void load() {
        super.load();
        editor = new PersonFormEditor(PersonForm.of(getPerson()), feedback);
    }

    public String save() {
        if (!feedback.valid(editor.getForm())) {
            return null;
        }
        personIndex.update(getId(), getPerson().version(), editor.getForm());
        feedback.flash("Changes saved");
        return personPage(getId());
    }

    public PersonFormEditor getEditor() {
        return editor;
    }
}
