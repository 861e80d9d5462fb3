package uk.org.throughline.interfaces.person.web;

import jakarta.faces.event.ComponentSystemEvent;
import java.io.Serializable;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The person form being filled in on the register or edit page, with adding and removing its
 * rows. Rows change by a whole-form post that converts but does not validate, so nothing typed
 * elsewhere is lost and a half-filled row never blocks removing it; the form is checked on Save.
 */
public class PersonFormEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PersonForm form;
    private final Feedback feedback;

    /** {@code feedback} is the page bean's injected proxy, which always reaches the current request's. */
    public PersonFormEditor(PersonForm form, Feedback feedback) {
        this.form = form;
        this.feedback = feedback;
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, () -> form);
    }

    public PersonForm getForm() {
        return form;
    }

    public void addAlias() {
        form.getAliases().add(new PersonForm.AliasEntry());
    }

    public void removeAlias(int index) {
        form.getAliases().remove(index);
    }

    public void addAddress() {
        form.getAddresses().add(new PersonForm.AddressEntry());
    }

    public void removeAddress(int index) {
        form.getAddresses().remove(index);
    }

    public void addWarningMarker() {
        form.getWarningMarkers().add(new PersonForm.WarningMarkerEntry());
    }

    public void removeWarningMarker(int index) {
        form.getWarningMarkers().remove(index);
    }
}
