package uk.org.throughline.application.victim.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import uk.org.throughline.application.victim.PartnerContactPlanView;
import uk.org.throughline.application.victim.VictimView;
import uk.org.throughline.domain.model.victim.ContactAttempt;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.VictimRecord;

/** Victim records and partner-contact plans as the application returns them. */
final class VictimMapping {

    private VictimMapping() {
    }

    static VictimView victimView(VictimRecord victim, LongFunction<String> names, String workerName,
            String riskLevel, List<String> protectiveOrders, List<PartnerContactPlanView> plans) {
        return new VictimView(victim.personId(), victim.version(), names.apply(victim.personId()),
                victim.partnerContactWorker().orElse(null), workerName, victim.safePhone(), victim.safeTimes(),
                victim.messagesMayBeLeft(), victim.safeEmail(), victim.codeWord(), victim.addressLine1(),
                victim.addressLine2(), victim.addressTown(), victim.addressPostcode(), victim.inRefuge(),
                victim.preferredLanguage(), victim.interpreterRequired(), victim.consent(), victim.consentGivenOn(),
                victim.consentWithdrawnOn(),
                victim.perpetrators().stream().map(link -> new VictimView.Perpetrator(link.perpetratorPersonId(),
                        names.apply(link.perpetratorPersonId()), link.relationship())).toList(),
                victim.children().stream().map(child -> new VictimView.Child(child.name(), child.dateOfBirth()))
                        .toList(),
                riskLevel, protectiveOrders, plans, victim.updatedAt());
    }

    static PartnerContactPlanView planView(PartnerContactPlan plan, LongFunction<String> names, LocalDate today) {
        long perpetrator = plan.referral().personId();
        long victim = plan.victim().personId();
        return new PartnerContactPlanView(plan.id(), plan.version(), victim, names.apply(victim), perpetrator,
                names.apply(perpetrator), plan.referral().id(), plan.referral().programmeName(),
                plan.referral().status().label(), plan.openedOn(), plan.nextContactDue().orElse(null),
                plan.nextContactReason(), plan.isOverdueOn(today), plan.failedAttempts(), plan.escalatedOn(),
                plan.closedOn(), plan.attempts().stream()
                        .sorted(Comparator.comparing(ContactAttempt::attemptedOn)
                                .thenComparing(ContactAttempt::recordedAt).reversed())
                        .map(VictimMapping::contact)
                        .toList());
    }

    private static PartnerContactPlanView.Contact contact(ContactAttempt attempt) {
        return new PartnerContactPlanView.Contact(attempt.attemptedOn(), attempt.method(), attempt.outcome(),
                attempt.disclosures(), attempt.concerns(), attempt.actions(), attempt.recordedBy(),
                attempt.recordedAt());
    }
}
