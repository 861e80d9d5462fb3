package uk.org.throughline.application.order.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.org.throughline.application.order.BreachView;
import uk.org.throughline.application.order.OrderForms.ConditionEntry;
import uk.org.throughline.application.order.OrderSummary;
import uk.org.throughline.application.order.OrderTypeView;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderBreach;
import uk.org.throughline.domain.model.order.OrderCondition;
import uk.org.throughline.domain.model.order.OrderType;
import uk.org.throughline.domain.model.order.ProtectedPerson;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;
import uk.org.throughline.domain.shared.UkDate;

/**
 * Orders and breaches to their views, withholding what the caller may not see: for a perpetrator-facing
 * reader, who is protected, an excluded address that is hers, and police's wording not marked shareable.
 */
final class OrderMapping {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(UkDate.LONDON);

    private OrderMapping() {
    }

    static List<OrderCondition> conditions(List<ConditionEntry> entries, String field) {
        return IntStream.range(0, entries.size())
                .mapToObj(i -> condition(entries.get(i), field + "[" + i + "]"))
                .toList();
    }

    private static OrderCondition condition(ConditionEntry entry, String field) {
        return new OrderCondition(entry.kind(), new PoliceText(entry.detail(), entry.wordingShareable()),
                entry.metres(), entry.addressLine(), entry.town(), entry.postcode(), entry.victimsAddress(), field);
    }

    static OrderTypeView typeView(OrderType type) {
        return new OrderTypeView(type.code(), type.name(), type.statute(), type.madeBy().label(), type.isNotice(),
                type.hearingWithinHours(), type.defaultDays(), type.minimumDays(), type.maximumDays(),
                type.untilFurtherOrderAllowed(), type.durationText(), type.breachIsOffence(), type.breachStatute(),
                type.breachMaximumPenalty(), type.contemptAlternative(), type.powerOfArrestAttachable(),
                type.positiveRequirements());
    }

    /**
     * The order as {@code reader} may read it: a perpetrator-facing reader gets no protected person and
     * only the police wording marked shareable.
     *
     * @param names     every name the order needs (respondent and protected persons) by person id
     * @param addresses protected persons' current addresses by person id, empty when withheld
     * @param followedBy for a notice, the full order made at its hearing, else null
     */
    static OrderView view(CivilOrder order, Map<Long, String> names, Map<Long, String> addresses, Reader reader,
            List<BreachView> breaches, Long followedBy, Instant now) {
        boolean victimDetailsShown = reader == Reader.VICTIM_FACING;
        List<OrderView.Protected> protectedPersons = victimDetailsShown
                ? order.protectedPersons().stream().map(person -> new OrderView.Protected(person.personId(),
                        names.get(person.personId()), person.role().label(), addresses.get(person.personId())))
                        .toList()
                : List.of();
        List<OrderView.Condition> conditions = order.conditions().stream()
                .map(condition -> conditionView(condition, reader)).toList();
        List<OrderView.Change> history = order.history().stream()
                .map(change -> new OrderView.Change(change.kind().label(), change.on(),
                        change.description().readBy(reader), change.by()))
                .toList();
        return OrderView.of(order, now, names.get(order.respondentId()), hearingWarning(order, now),
                victimDetailsShown, protectedPersons, conditions, history, breaches, followedBy);
    }

    private static OrderView.Condition conditionView(OrderCondition condition, Reader reader) {
        boolean withheld = condition.isAddressWithheldFrom(reader);
        return new OrderView.Condition(condition.id(), condition.kind().label(), condition.describeFor(reader),
                condition.metres(), withheld ? null : condition.addressLine(), withheld ? null : condition.town(),
                withheld ? null : condition.postcode(), withheld, condition.addedOn(), condition.removedOn());
    }

    /**
     * "The DVPO hearing must start by 04/11/2026 16:00 (in 5 hours)" while near; "... was due ..." once
     * passed; once adjourned, when the adjourned hearing is listed.
     */
    static String hearingWarning(CivilOrder order, Instant now) {
        Instant deadline = order.hearingDeadline().orElse(null);
        if (deadline == null || order.dischargedOn() != null) {
            return null;
        }
        if (order.adjournedTo() != null) {
            return "The hearing was adjourned to " + DATE_TIME.format(order.adjournedTo())
                    + (now.isAfter(order.adjournedTo()) ? ": the notice stays in force until the application is "
                            + "decided. Record the decision (the full order, or discharge the notice)."
                            : ": the notice stays in force until the application is decided.");
        }
        String due = "The hearing for the full order must start by " + DATE_TIME.format(deadline)
                + skipped(order);
        if (now.isAfter(deadline)) {
            return "The hearing for the full order was due by " + DATE_TIME.format(deadline)
                    + ": the notice has lapsed unless the hearing started. Record the hearing's result (discharge the notice).";
        }
        if (order.hearingDeadlineNear(now)) {
            long hours = Duration.between(now, deadline).toHours();
            return due + (hours < 1 ? " (within the hour)" : " (in " + hours + (hours == 1 ? " hour)" : " hours)"));
        }
        return due;
    }

    /** " (Sunday 06/12/2026 not counted)", or "" when the 48 hours left no day out. */
    private static String skipped(CivilOrder order) {
        return order.disregardedDays().isEmpty() ? "" : " (" + order.skippedDaysText() + ")";
    }

    static OrderSummary summary(CivilOrder order, Map<Long, String> names, Reader reader, String note, Instant now) {
        String protectedNames = reader == Reader.VICTIM_FACING
                ? order.protectedPersons().stream().map(ProtectedPerson::personId).map(names::get)
                        .collect(Collectors.joining("; "))
                : null;
        return new OrderSummary(order.id(), order.type().code(), order.type().name(), order.respondentId(),
                names.get(order.respondentId()), order.statusAt(now), order.madeOn(), order.servedAt(),
                order.expiresOn(), order.hearingDeadline().orElse(null), hearingWarning(order, now),
                order.protectedPersons().size(), protectedNames, note);
    }

    /** The breach as {@code reader} may read it: the account only where police marked it shareable. */
    static BreachView breachView(OrderBreach breach, Reader reader) {
        return new BreachView(breach.id(), breach.version(), breach.order().id(), breach.occurredAt(),
                breach.condition().id(), breach.condition().describeFor(reader), breach.whatHappened().readBy(reader),
                breach.reportedBy().readBy(reader), breach.policeAction().label(), breach.actionDetail(),
                breach.route() == null ? null : breach.route().label(), breach.outcome(), breach.incidentId(),
                breach.recordedBy(), breach.recordedAt());
    }

    /** Every person id an order names: the respondent and the protected persons. */
    static List<Long> personIds(CivilOrder order) {
        return Stream.concat(Stream.of(order.respondentId()),
                order.protectedPersons().stream().map(ProtectedPerson::personId)).toList();
    }
}
