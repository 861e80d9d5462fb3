package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;

/**
 * Merging a duplicate record into this one (administrators only): pick the duplicate, compare the
 * two side by side, give the reason, confirm.
 */
@Named
@ViewScoped
public class MergePerson extends PersonPage {

    private static final long serialVersionUID = 1L;

    private List<PersonSummary> candidates = List.of();
    private Long duplicateId;
    private PersonView duplicate;
    private String reason;

    /** Also lists the records most likely to be this person, to save looking them up. */
    @Override
    public void load() {
        super.load();
        candidates = personIndex.likelyDuplicates(PersonForm.of(getPerson())).stream()
                .filter(candidate -> candidate.id() != getPerson().id())
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
        personIndex.merge(getId(), duplicate.id(), reason);
        feedback.flash("Records merged");
        return personPage(getId());
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
