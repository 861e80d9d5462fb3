package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.PersonForm;
import uk.org.throughline.application.PersonIndex;
import uk.org.throughline.application.PersonSummary;
import uk.org.throughline.application.PersonView;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * Merging a duplicate record into this one (administrators only): pick the duplicate, compare the
 * two side by side, give the reason, confirm.
 */
@Named
@ViewScoped
public class MergePerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

    private Long id;
    private PersonView survivor;
    private List<PersonSummary> candidates = List.of();
    private Long duplicateId;
    private PersonView duplicate;
    private String reason;

    /** Opens the page with the records most likely to be this person, to save looking them up. */
    public void load() {
        survivor = personIndex.view(id);
        candidates = personIndex.likelyDuplicates(PersonForm.of(survivor)).stream()
                .filter(candidate -> candidate.id() != survivor.id())
                .toList();
    }

    public void compare() {
        duplicate = personIndex.view(duplicateId);
    }

    public void compareWith(long candidateId) {
        duplicateId = candidateId;
        compare();
    }

    public String merge() {
        personIndex.merge(id, duplicate.id(), reason);
        feedback.flash("Records merged");
        return PersonPages.personPage(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonView getSurvivor() {
        return survivor;
    }

    public List<PersonSummary> getCandidates() {
        return candidates;
    }

    public Long getDuplicateId() {
        return duplicateId;
    }

    public void setDuplicateId(Long duplicateId) {
        this.duplicateId = duplicateId;
    }

    /** Null until one has been picked. */
    public PersonView getDuplicate() {
        return duplicate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
