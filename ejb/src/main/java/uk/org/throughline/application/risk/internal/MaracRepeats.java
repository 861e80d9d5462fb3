package uk.org.throughline.application.risk.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.org.throughline.application.alert.internal.AlertRecipients;
import uk.org.throughline.application.alert.internal.Alerts;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.order.OrderBreached;
import uk.org.throughline.application.police.IncidentRecorded;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderBreach;
import uk.org.throughline.domain.model.risk.FurtherAbuse;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracRepeat;
import uk.org.throughline.domain.model.risk.MaracRepeatRule;
import uk.org.throughline.domain.model.risk.MaracThresholds;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.OrderRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;

/**
 * Flags MARAC repeats the moment further abuse is recorded (SafeLives; see {@link MaracRepeatRule}): a breach
 * of an order protecting a victim, or an incident with her as the victim and him as the suspect, within the
 * repeat window of her last MARAC referral naming him. It observes the events in the transaction that recorded
 * the breach or incident, so the repeat and its alerts stand or fall with it. The MARAC coordinators' queue, her
 * partner-contact worker and his offender manager are told.
 */
@ApplicationScoped
public class MaracRepeats {

    private static final String VICTIM = "VictimRecord";

    @Inject
    private Clock clock;

    @Inject
    private RiskRepository risks;

    @Inject
    private OrderRepository orders;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private PersonRepository people;

    @Inject
    private AlertRecipients recipients;

    @Inject
    private Alerts alerts;

    @EJB
    private AuditTrail audit;

    void orderBreached(@Observes OrderBreached breached) {
        flagBreach(orders.getBreach(breached.orderId(), breached.breachId()));
    }

    /**
     * A breach of an order protecting a victim from its respondent; public for the demo data's breaches.
     *
     * @return how many repeats it raised
     */
    public int flagBreach(OrderBreach breach) {
        CivilOrder order = breach.order();
        LocalDate on = UkDate.dayOf(breach.occurredAt());
        return flag(FurtherAbuse.ofBreach(order.respondentId(), order.protectedPersons(), on, breach.id()),
                abuse -> "breach of the " + order.type().name() + " by " + people.displayName(order.respondentId())
                        + " on " + UkDate.format(on));
    }

    /** An incident with a victim and a suspect. */
    void incidentRecorded(@Observes IncidentRecorded recorded) {
        Incident incident = incidents.get(recorded.incidentId());
        flag(FurtherAbuse.ofIncident(incident), abuse -> "new incident " + incident.reference() + " with "
                + people.displayName(abuse.perpetratorPersonId()) + " as the suspect on "
                + UkDate.format(incident.occurredOn()));
    }

    /** @return how many of the abuses were repeats */
    private int flag(List<FurtherAbuse> abuses, Function<FurtherAbuse, String> describe) {
        MaracThresholds thresholds = VictimRisk.thresholds();
        // an incident with two suspects is two abuses of the same victim: her referrals are read once
        Map<Long, List<MaracReferral>> referralsByVictim = new HashMap<>();
        int flagged = 0;
        for (FurtherAbuse abuse : abuses) {
            Optional<MaracReferral> repeated = MaracRepeatRule.referralRepeated(abuse,
                    referralsByVictim.computeIfAbsent(abuse.victimPersonId(), risks::referralsOf), thresholds);
            if (repeated.isPresent()) {
                flag(abuse, repeated.get(), describe.apply(abuse), thresholds);
                flagged++;
            }
        }
        return flagged;
    }

    /**
     * Records the repeat and tells the MARAC coordinators' queue and her worker (linking to her record), and his
     * offender manager (linking to his) that what he did is a MARAC repeat, without her referral's detail.
     */
    private void flag(FurtherAbuse abuse, MaracReferral referral, String description, MaracThresholds thresholds) {
        MaracRepeat repeat = risks.add(new MaracRepeat(referral, abuse, description, clock.instant()));
        String message = "MARAC repeat for " + people.displayName(abuse.victimPersonId()) + ": "
                + repeat.description() + ", within " + thresholds.repeatMonths()
                + " months of her MARAC referral of "
                + UkDate.format(referral.referredOn()) + ".";
        audit.record(AuditAction.CREATE, "MaracRepeat", String.valueOf(repeat.id()), message, null);
        alerts.raise(AlertKind.MARAC_REPEAT, List.of(Recipient.queue(Role.MARAC_COORDINATOR),
                        recipients.supporting(abuse.victimPersonId())),
                abuse.victimPersonId(), VICTIM, abuse.victimPersonId(), message, null);
        alerts.raise(AlertKind.MARAC_REPEAT, recipients.offenderManagerOf(abuse.perpetratorPersonId()).stream()
                .toList(), abuse.perpetratorPersonId(), "Person", abuse.perpetratorPersonId(), "MARAC repeat: "
                        + repeat.description() + ". The MARAC coordinator has been told.", null);
    }
}
