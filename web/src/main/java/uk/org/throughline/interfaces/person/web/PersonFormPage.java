package uk.org.throughline.interfaces.person.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import uk.org.throughline.application.PersonForm;
import uk.org.throughline.application.PersonIndex;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * What the register and edit pages share: the form, and adding or removing its rows. Rows change
 * by a whole-form post without validation, so nothing typed elsewhere is lost and a half-filled
 * row never blocks removing it; the form is checked on Save.
 */
public abstract class PersonFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

    protected PersonForm form = new PersonForm();

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
