package uk.org.throughline.application.alert.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import uk.org.throughline.application.alert.AlertInbox;
import uk.org.throughline.application.alert.AlertPermissions;
import uk.org.throughline.application.alert.AlertView;
import uk.org.throughline.application.alert.InboxView;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.domain.model.alert.Alert;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.AlertRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Each user's alerts and tasks; an alert not addressed to the user is, for them, not there. Every read
 * and marking writes its audit row in the same transaction.
 */
@Stateless
@RolesAllowed(AlertPermissions.INBOX)
public class DefaultAlertInbox implements AlertInbox {

    /** The audit trail's record type for alerts and tasks. */
    private static final String ALERT = "Alert";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private AlertRepository alerts;

    @Inject
    private PersonRepository people;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private AuditTrail audit;

    @Override
    public List<AlertView> mine(int limit) {
        return audited(views(inbox(limit)));
    }

    @Override
    public List<AlertView> openTasks() {
        return audited(views(tasks()));
    }

    @Override
    public InboxView read(int limit) {
        InboxView read = new InboxView(views(tasks()), views(inbox(limit)));
        audited(Stream.concat(read.openTasks().stream(), read.alerts().stream()).toList());
        return read;
    }

    @Override
    public long unreadCount() {
        return alerts.unreadCount(caller(), roles());
    }

    @Override
    public AlertView markRead(long alertId) {
        return change(alertId, Alert::markRead, "Marked read");
    }

    @Override
    public AlertView markDone(long alertId) {
        return change(alertId, Alert::markDone, "Marked done");
    }

    @FunctionalInterface
    private interface Marking {
        void apply(Alert alert, String by, Instant now);
    }

    private AlertView change(long alertId, Marking marking, String done) {
        Alert alert = mine(alertId);
        marking.apply(alert, caller(), clock.instant());
        unitOfWork.write("The alert");
        audit.record(AuditAction.UPDATE, ALERT, String.valueOf(alertId), done, null);
        return views(List.of(alert)).get(0);
    }

    private List<Alert> inbox(int limit) {
        return alerts.inbox(caller(), roles(), Math.max(1, limit));
    }

    private List<Alert> tasks() {
        return alerts.openTasks(caller(), roles());
    }

    /** One audit row (or as few as their ids fit in) for the alerts read; a task listed twice counts once. */
    private List<AlertView> audited(List<AlertView> read) {
        audit.recordRead(ALERT, "alerts", read.stream().map(AlertView::id).distinct().toList());
        return read;
    }

    private Alert mine(long alertId) {
        Alert alert = alerts.get(alertId);
        if (!alert.isFor(caller(), roles())) {
            throw new RecordNotFoundException("Alert", alertId);
        }
        return alert;
    }

    private List<AlertView> views(List<Alert> found) {
        LocalDate today = UkDate.today(clock);
        Map<Long, String> names = people.displayNames(found.stream().map(Alert::personId).filter(Objects::nonNull)
                .distinct().toList());
        return found.stream().map(alert -> new AlertView(alert.id(), alert.version(), alert.kind(),
                alert.to().describe(), alert.personId(), alert.personId() == null ? null : names.get(alert.personId()),
                alert.recordType(), alert.recordId(), alert.message(), alert.dueOn(), alert.isOverdueOn(today),
                alert.raisedAt(), alert.readAt(), alert.readBy(), alert.doneAt(), alert.doneBy())).toList();
    }

    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
