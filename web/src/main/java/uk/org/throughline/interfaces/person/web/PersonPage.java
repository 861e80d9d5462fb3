package uk.org.throughline.interfaces.person.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A page about one person, opened by {@code ?id=} through the page's f:viewParam and f:viewAction.
 * A person who does not exist, or was merged away, is a 404.
 */
public abstract class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

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

    /** The person as read when the page opened; null if the address did not name one. */
    public PersonView getPerson() {
        return person;
    }

    /** The person page of {@code personId}, reached by a redirect so that a reload never repeats a save. */
    static String personPage(long personId) {
        return "/person/view?faces-redirect=true&id=" + personId;
    }
}
