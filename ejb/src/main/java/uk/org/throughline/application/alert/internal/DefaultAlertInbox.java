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
import uk.org.throughline.application.alert.AlertInbox;
import uk.org.throughline.application.alert.AlertPermissions;
import uk.org.throughline.application.alert.AlertView;
import uk.org.throughline.domain.model.alert.Alert;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.AlertRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/** Each user's alerts and tasks; an alert not addressed to the user is, for them, not there. */
@Stateless
@RolesAllowed(AlertPermissions.INBOX)
public class DefaultAlertInbox implements AlertInbox {

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

    @Override
    public List<AlertView> mine(int limit) {
        return views(alerts.inbox(caller(), roles(), Math.max(1, limit)));
    }

    @Override
    public List<AlertView> openTasks() {
        return views(alerts.openTasks(caller(), roles()));
    }

    @Override
    public long unreadCount() {
        return alerts.unreadCount(caller(), roles());
    }

    @Override
    public AlertView markRead(long alertId) {
        return change(alertId, Alert::markRead);
    }

    @Override
    public AlertView markDone(long alertId) {
        return change(alertId, Alert::markDone);
    }

    @FunctionalInterface
    private interface Marking {
        void apply(Alert alert, String by, Instant now);
    }

    private AlertView change(long alertId, Marking marking) {
        Alert alert = mine(alertId);
        marking.apply(alert, caller(), clock.instant());
        unitOfWork.write("The alert");
        return views(List.of(alert)).get(0);
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
