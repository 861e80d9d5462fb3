package uk.org.throughline.application.person;

import java.util.List;
import uk.org.throughline.domain.shared.BusinessException;

/** A new person looks like someone already on the index; the user must choose. */
public class PossibleDuplicateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<PersonSummary> matches;

    public PossibleDuplicateException(List<PersonSummary> matches) {
        super("This person may already be on the index (" + matches.size()
                + " likely match" + (matches.size() == 1 ? "" : "es")
                + "). Open the existing record, or confirm that this is a new person.");
        this.matches = List.copyOf(matches);
    }

    public List<PersonSummary> matches() {
        return matches;
    }
}
