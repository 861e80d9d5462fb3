package uk.org.throughline.application.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.order.OrderStatus;

/**
 * An order as the caller may read it. For perpetrator-facing roles (probation, YOT, facilitators)
 * {@code protectedPersons} is empty (only {@code protectedPersonCount} says they exist) and an
 * excluded address that is a victim's is withheld from its condition.
 *
 * @param expiresOn        null: until further order, or for a notice until its hearing
 * @param hearingDeadline  for a served notice: when the full-order hearing must have started
 * @param hearingWarning   a sentence to show prominently while the notice's hearing is near or due, else null
 */
public record OrderView(long id, long version, String typeCode, String typeName, boolean notice, String statute,
        String breachStatute, boolean breachIsOffence, boolean contemptAlternative, long respondentId,
        String respondentName, String applicant, String court, String caseNumber, Long courtCaseId, LocalDate madeOn,
        Instant servedAt, LocalDate expiresOn, String durationReason, boolean powerOfArrest, LocalDate dischargedOn,
        OrderStatus status, Instant hearingDeadline, String hearingWarning, boolean protectedPersonsShown,
        int protectedPersonCount, List<Protected> protectedPersons, List<Condition> conditions, List<Change> history,
        List<BreachView> breaches) {

    /** @param address the person's current address, or null if none is known */
    public record Protected(long personId, String name, String role, String address) {
    }

    /** @param addressWithheld the excluded address is a victim's and the caller may not see it */
    public record Condition(long id, String kind, String description, Integer metres, String addressLine, String town,
            String postcode, boolean addressWithheld, LocalDate addedOn, LocalDate removedOn) {
    }

    public record Change(String kind, LocalDate on, String description, String by) {
    }
}
