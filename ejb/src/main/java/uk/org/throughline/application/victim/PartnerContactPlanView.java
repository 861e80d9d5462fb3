package uk.org.throughline.application.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.victim.ContactMethod;
import uk.org.throughline.domain.model.victim.ContactOutcome;

/**
 * A partner-contact plan with its log, newest attempt first.
 *
 * @param perpetratorStatus where his referral stands, e.g. "In progress"
 * @param overdue           the next contact's day has passed
 */
public record PartnerContactPlanView(long id, long version, long victimPersonId, String victimName,
        long perpetratorPersonId, String perpetratorName, long referralId, String programmeName,
        String perpetratorStatus, LocalDate openedOn, LocalDate nextContactDue, String nextContactReason,
        boolean overdue, int failedAttempts, LocalDate escalatedOn, LocalDate closedOn, List<Contact> contacts) {

    public PartnerContactPlanView {
        contacts = List.copyOf(contacts);
    }

    public record Contact(LocalDate attemptedOn, ContactMethod method, ContactOutcome outcome, String disclosures,
            String concerns, String actions, String recordedBy, Instant recordedAt) {
    }
}
