package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.PersonIndex;
import uk.org.throughline.application.PersonView;

/** The person page: who they are and, as later features arrive, everything recorded about them. */
@Named
@ViewScoped
public class ViewPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonIndex personIndex;

    private Long id;
    private PersonView person;

    public void load() {
        person = personIndex.view(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }
}
