package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.audit.AuditEntry;

/** The audit trail: entries are added and read, never changed or removed (there is no method to). */
@ApplicationScoped
public class AuditRepository {

    /** The JPQL condition for each filter value, by parameter name. */
    private static final Map<String, String> CONDITIONS = Map.of(
            "username", "a.username = :username",
            "recordType", "a.recordType = :recordType",
            "recordId", "a.recordId = :recordId",
            "action", "a.action = :action",
            "from", "a.occurredAt >= :from",
            "until", "a.occurredAt < :until");

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /**
     * What to look for; any field may be null. {@code from} is inclusive and {@code until} exclusive.
     */
    public record Filter(String username, String recordType, String recordId, AuditAction action, Instant from,
            Instant until) {
    }

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** Newest first. */
    public List<AuditEntry> find(Filter filter, int firstResult, int maxResults) {
        TypedQuery<AuditEntry> query = em.createQuery("SELECT a FROM AuditEntry a" + where(filter)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        parameters(filter).forEach(query::setParameter);
        return query.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    }

    public long count(Filter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(filter), Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        parameters(filter).keySet().forEach(name -> conditions.add(CONDITIONS.get(name)));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The filter's values that are set, by parameter name, in a fixed order. */
    private static Map<String, Object> parameters(Filter filter) {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "username", filter.username());
        putIfSet(values, "recordType", filter.recordType());
        putIfSet(values, "recordId", filter.recordId());
        putIfSet(values, "action", filter.action());
        putIfSet(values, "from", filter.from());
        putIfSet(values, "until", filter.until());
        return values;
    }

    private static void putIfSet(Map<String, Object> values, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            values.put(name, value);
        }
    }
}
