package uk.org.throughline.application.audit.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.org.throughline.application.audit.AuditEntryView;
import uk.org.throughline.application.audit.AuditPermissions;
import uk.org.throughline.application.audit.AuditQuery;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.audit.AuditEntry;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.AuditRepository;

/**
 * Writes audit rows in the caller's transaction (the default REQUIRED), so an action and its audit
 * row are committed or rolled back together.
 */
@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private AuditRepository entries;

    @Override
    @PermitAll
    public void record(AuditAction action, String recordType, String recordId, String summary, String reason) {
        entries.add(new AuditEntry(clock.instant(), session.getCallerPrincipal().getName(), action, recordType,
                recordId, summary, reason));
    }

    @Override
    @PermitAll
    public void recordFor(String username, AuditAction action, String recordType, String recordId, String summary) {
        entries.add(new AuditEntry(clock.instant(), username, action, recordType, recordId, summary, null));
    }

    @Override
    @RolesAllowed(AuditPermissions.SEARCH)
    public SearchPage<AuditEntryView> search(AuditQuery query) {
        AuditRepository.Filter filter = new AuditRepository.Filter(query.username(), query.recordType(),
                query.recordId(), query.action(), startOf(query.from()),
                query.to() == null ? null : startOf(query.to().plusDays(1)));
        int firstResult = (int) Math.min(Integer.MAX_VALUE, (long) query.page() * query.pageSize());
        var items = entries.find(filter, firstResult, query.pageSize()).stream()
                .map(e -> new AuditEntryView(e.id(), e.occurredAt(), e.username(), e.action(), e.recordType(),
                        e.recordId(), e.summary(), e.reason()))
                .toList();
        return new SearchPage<>(items, query.page(), query.pageSize(), entries.count(filter));
    }

    @Override
    @PermitAll
    public void recordRead(String recordType, String what, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(recordIds);
        String recordId = ids.size() == 1 ? String.valueOf(ids.get(0)) : null;
        ReadSummaries.of(what, ids, AuditEntry.TEXT_LENGTH)
                .forEach(summary -> record(AuditAction.VIEW, recordType, recordId, summary, null));
    }

    /** Midnight at the start of a calendar day in England and Wales. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UkDate.LONDON).toInstant();
    }
}
