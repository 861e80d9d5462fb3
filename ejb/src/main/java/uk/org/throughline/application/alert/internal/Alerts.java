package uk.org.throughline.application.alert.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import uk.org.throughline.domain.model.alert.Alert;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.infrastructure.persistence.AlertRepository;

/**
 * The one way to raise an alert or task. It writes in the caller's transaction, so an alert stands or
 * falls with the event that raised it and a crash or restart never loses one. Callers: the register
 * (missed session, disclosure), referrals (completion, exit), incidents, partner contact (contact
 * due, failed attempts), risk (rising to high, a MARAC referral) and civil orders (a breach), with
 * recipients from {@link AlertRecipients}.
 */
@ApplicationScoped
public class Alerts {

    @Inject
    private Clock clock;

    @Inject
    private AlertRepository alerts;

    /**
     * One alert for each distinct recipient.
     *
     * @param personId   whom it is about (null for none)
     * @param recordType what {@code recordId} names for the inbox's link: "Person", "VictimRecord",
     *                   "ProgrammeReferral", "PartnerContactPlan", "Incident", or the caller's own
     * @param dueOn      a task's due day; null for an alert
     */
    public void raise(AlertKind kind, Collection<Recipient> to, Long personId, String recordType, Long recordId,
            String message, LocalDate dueOn) {
        Instant now = clock.instant();
        new LinkedHashSet<>(to).forEach(recipient -> alerts.add(new Alert(kind, recipient, personId, recordType,
                recordId, message, dueOn, now)));
    }

    /** Marks done the open tasks of one kind about a person, e.g. "partner contact due" once a contact reached her. */
    public void completeTasks(long personId, AlertKind kind, String by) {
        Instant now = clock.instant();
        alerts.openTasksAbout(personId, kind).forEach(task -> task.markDone(by, now));
    }
}
