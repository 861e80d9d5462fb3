package uk.org.throughline.application.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.domain.model.audit.AuditAction;

/**
 * The append-only log of who read or changed what, when and why (DPA 2018 s.62). Rows are
 * written in the caller's transaction, so an action and its audit row stand or fall together.
 */
public interface AuditTrail {

    /** Records an action by the signed-in user; {@code reason} is required for sensitive views. */
    void record(@NotNull AuditAction action, @NotNull String recordType, String recordId, String summary,
            String reason);

    /** Records an action whose user is named explicitly (sign-in attempts, before anyone is signed in). */
    void recordFor(@NotNull String username, @NotNull AuditAction action, @NotNull String recordType,
            String recordId, String summary);

    /** Newest first. Admin and manager only. */
    SearchPage<AuditEntryView> search(@NotNull @Valid AuditQuery query);

    /**
     * Records that the signed-in user read these records of one type together (a list, an inbox) as
     * one VIEW row naming their ids, or as few rows as the ids fit in; nothing for no records. One
     * record read alone is also the row's record id.
     *
     * @param what the records in words, plural, e.g. "alerts"
     */
    void recordRead(@NotNull String recordType, @NotNull String what, @NotNull Collection<Long> recordIds);
}
