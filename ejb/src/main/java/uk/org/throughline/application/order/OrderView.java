package uk.org.throughline.application.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderStatus;
import uk.org.throughline.domain.model.order.OrderType;

/**
 * An order as the caller may read it. For perpetrator-facing roles (probation, YOT, facilitators)
 * {@code protectedPersons} is empty (only {@code protectedPersonCount} says they exist), an
 * excluded address that is a victim's is withheld from its condition, and the wording police typed (a
 * condition's, a variation's, a breach's account) reads
 * {@link uk.org.throughline.domain.shared.PoliceText#HELD_BY_POLICE} unless police marked it shareable.
 *
 * @param expiresOn        null: until further order, or for a notice until its hearing
 * @param hearingDeadline  for a served notice: when the full-order hearing must have started
 * @param hearingWarning   a sentence to show prominently while the notice's hearing is near or due, else null
 * @param adjournedTo      for a notice whose hearing was adjourned: when the adjourned hearing is listed
 * @param followsNoticeId  for a full order made at a notice's hearing: that notice
 * @param deadlineText     for a served notice: its deadline and the days its 48 hours left out, with the statute
 * @param skippedDays      for a served notice: the days its 48 hours left out
 */
public record OrderView(long id, long version, String typeCode, String typeName, boolean notice, String statute,
        String breachStatute, boolean breachIsOffence, boolean contemptAlternative, long respondentId,
        String respondentName, String applicant, String court, String caseNumber, Long courtCaseId, LocalDate madeOn,
        Instant servedAt, LocalDate expiresOn, String durationReason, boolean powerOfArrest, LocalDate dischargedOn,
        OrderStatus status, Instant hearingDeadline, String hearingWarning, boolean protectedPersonsShown,
        int protectedPersonCount, List<Protected> protectedPersons, List<Condition> conditions, List<Change> history,
        List<BreachView> breaches, Instant adjournedTo, Long followsNoticeId, Long followedByOrderId,
        String deadlineText, List<SkippedDay> skippedDays) {

    /**
     * The order as read at {@code now}. What the caller may see of the people it protects is decided by
     * the caller: the protected persons, the conditions and the history come in as that caller may read them.
     *
     * @param protectedPersonsShown whether the caller may see who is protected; else {@code protectedPersons} is empty
     * @param followedByOrderId     for a notice, the full order made at its hearing, else null
     */
    public static OrderView of(CivilOrder order, Instant now, String respondentName, String hearingWarning,
            boolean protectedPersonsShown, List<Protected> protectedPersons, List<Condition> conditions,
            List<Change> history, List<BreachView> breaches, Long followedByOrderId) {
        OrderType type = order.type();
        return new OrderView(order.id(), order.version(), type.code(), type.name(), type.isNotice(), type.statute(),
                type.breachStatute(), type.breachIsOffence(), type.contemptAlternative(), order.respondentId(),
                respondentName, order.applicant().label(), order.court(), order.caseNumber(), order.courtCaseId(),
                order.madeOn(), order.servedAt(), order.expiresOn(), order.durationReason(), order.powerOfArrest(),
                order.dischargedOn(), order.statusAt(now), order.hearingDeadline().orElse(null), hearingWarning,
                protectedPersonsShown, order.protectedPersons().size(), protectedPersons, conditions, history,
                breaches, order.adjournedTo(), order.followsNoticeId(), followedByOrderId,
                order.deadlineText().isEmpty() ? null : order.deadlineText(),
                order.disregardedDays().stream().map(day -> new SkippedDay(day.date(), day.reason())).toList());
    }

    /** @param address the person's current address, or null if none is known */
    public record Protected(long personId, String name, String role, String address) {
    }

    /** @param addressWithheld the excluded address is a victim's and the caller may not see it */
    public record Condition(long id, String kind, String description, Integer metres, String addressLine, String town,
            String postcode, boolean addressWithheld, LocalDate addedOn, LocalDate removedOn) {
    }

    public record Change(String kind, LocalDate on, String description, String by) {
    }

    /** A day a notice's 48 hours left out, and why ("Sunday", "Christmas Day", a bank holiday's name). */
    public record SkippedDay(LocalDate date, String reason) {
    }
}
