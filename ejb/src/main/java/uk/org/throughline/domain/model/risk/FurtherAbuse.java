package uk.org.throughline.domain.model.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.order.ProtectedPerson;
import uk.org.throughline.domain.model.order.ProtectedRole;

/**
 * Abuse of one victim by one perpetrator just recorded, which may make her case a MARAC repeat: a breach of
 * an order protecting her as its victim (not a child or other protected person), or an incident where police
 * recorded her as the victim and him as the suspect.
 *
 * @param on        the day it happened
 * @param triggerId the breach's or the incident's id
 */
public record FurtherAbuse(long victimPersonId, long perpetratorPersonId, LocalDate on, MaracRepeatTrigger trigger,
        long triggerId) {

    public FurtherAbuse {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(trigger, "trigger");
    }

    /** One for each victim the breached order protects; none for its children or other protected persons. */
    public static List<FurtherAbuse> ofBreach(long respondentId, Collection<ProtectedPerson> protectedPersons,
            LocalDate on, long breachId) {
        return protectedPersons.stream()
                .filter(protectedPerson -> protectedPerson.role() == ProtectedRole.VICTIM)
                .map(victim -> new FurtherAbuse(victim.personId(), respondentId, on, MaracRepeatTrigger.ORDER_BREACH,
                        breachId))
                .toList();
    }

    /** One for each victim and suspect of the incident. */
    public static List<FurtherAbuse> ofIncident(Incident incident) {
        List<FurtherAbuse> pairs = new ArrayList<>();
        for (Involvement victim : involved(incident, InvolvementRole.VICTIM)) {
            for (Involvement suspect : involved(incident, InvolvementRole.SUSPECT)) {
                pairs.add(new FurtherAbuse(victim.personId(), suspect.personId(), incident.occurredOn(),
                        MaracRepeatTrigger.INCIDENT, incident.id()));
            }
        }
        return pairs;
    }

    private static List<Involvement> involved(Incident incident, InvolvementRole role) {
        return incident.involvements().stream().filter(involvement -> involvement.role() == role).toList();
    }
}
