package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.alert.Alert;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Alerts and tasks, read by whom they are for: the worker by name or one of their roles' queues. */
@ApplicationScoped
public class AlertRepository {

    private static final String FOR_USER = "(a.recipient = :username OR a.recipientRole IN :roles)";

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    public void add(Alert alert) {
        em.persist(alert);
    }

    /** @throws RecordNotFoundException if there is no such alert */
    public Alert get(long id) {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw new RecordNotFoundException("Alert", id);
        }
        return alert;
    }

    /** The user's alerts and tasks, unread first, then newest first; at most {@code limit}. */
    public List<Alert> inbox(String username, Set<Role> roles, int limit) {
        return em.createQuery("SELECT a FROM Alert a WHERE " + FOR_USER
                + " ORDER BY CASE WHEN a.readAt IS NULL THEN 0 ELSE 1 END, a.raisedAt DESC, a.id DESC", Alert.class)
                .setParameter("username", username)
                .setParameter("roles", roles)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The user's tasks not yet done, soonest due first. */
    public List<Alert> openTasks(String username, Set<Role> roles) {
        return em.createQuery("SELECT a FROM Alert a WHERE " + FOR_USER
                + " AND a.dueOn IS NOT NULL AND a.doneAt IS NULL ORDER BY a.dueOn, a.id", Alert.class)
                .setParameter("username", username)
                .setParameter("roles", roles)
                .getResultList();
    }

    public long unreadCount(String username, Set<Role> roles) {
        return em.createQuery("SELECT COUNT(a) FROM Alert a WHERE " + FOR_USER + " AND a.readAt IS NULL", Long.class)
                .setParameter("username", username)
                .setParameter("roles", roles)
                .getSingleResult();
    }

    /** Tasks of one kind about a person not yet done, whoever they are for. */
    public List<Alert> openTasksAbout(long personId, AlertKind kind) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.personId = :personId AND a.kind = :kind "
                + "AND a.dueOn IS NOT NULL AND a.doneAt IS NULL", Alert.class)
                .setParameter("personId", personId)
                .setParameter("kind", kind)
                .getResultList();
    }
}
