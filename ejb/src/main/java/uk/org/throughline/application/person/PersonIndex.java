package uk.org.throughline.application.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.domain.model.person.FieldLengths;

/**
 * The person index ("nominal" records) every worker searches first. Every read and change is
 * written to the audit trail in the same transaction.
 */
public interface PersonIndex {

    /**
     * Registers a new person. Unless {@code duplicatesReviewed}, refuses with
     * {@link PossibleDuplicateException} when likely matches exist, so the user can pick one instead.
     */
    PersonView register(@NotNull @Valid PersonForm form, boolean duplicatesReviewed);

    /** Saves an edit; refuses with a conflict if the record changed since {@code expectedVersion} was read. */
    PersonView update(long personId, long expectedVersion, @NotNull @Valid PersonForm form);

    /** Reads one person (audited as a view). */
    PersonView view(long personId);

    /** Fuzzy, ranked, paginated search by name and alias (audited as a search). */
    SearchPage<PersonSummary> search(@NotNull @Valid PersonQuery query);

    /** Existing people who are probably the person about to be registered, best first. */
    List<PersonSummary> likelyDuplicates(@NotNull PersonForm form);

    /**
     * Merges {@code duplicateId} into {@code survivorId}: the duplicate's names become aliases,
     * addresses, markers and every linked record move over, and the duplicate is retired. Admin only.
     */
    PersonView merge(long survivorId, long duplicateId,
            @NotBlank(message = "Give the reason for merging") @Size(max = FieldLengths.REASON) String reason);
}
