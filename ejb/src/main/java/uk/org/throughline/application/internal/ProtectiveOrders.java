package uk.org.throughline.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.domain.model.victim.PerpetratorLink;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;

/**
 * What protects a victim from her perpetrators today: their bail conditions in force and the
 * restraining orders courts made. Civil orders (non-molestation, DVPO, DAPO, ...) join here when
 * that part is built.
 */
@ApplicationScoped
public class ProtectiveOrders {

    @Inject
    private CustodyRepository custody;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private PersonRepository people;

    /** Each described with the perpetrator's name, e.g. "Bail: not to contact ... until 01/12/2026 (Daniel O'BRIEN)". */
    public List<String> protecting(VictimRecord victim, LocalDate today) {
        List<String> found = new ArrayList<>();
        for (PerpetratorLink link : victim.perpetrators()) {
            long perpetrator = link.perpetratorPersonId();
            String name = people.displayName(perpetrator);
            custody.arrestsOf(perpetrator).forEach(arrest -> arrest.bailConditionsInForceOn(today).forEach(
                    condition -> found.add("Bail condition: " + condition.text() + ", until "
                            + UkDate.format(condition.expiresOn()) + " (" + name + ")")));
            disposals.courtCasesOf(perpetrator).stream()
                    .filter(courtCase -> courtCase.restrainingOrderMadeOn() != null)
                    .forEach(courtCase -> found.add("Restraining order made on "
                            + UkDate.format(courtCase.restrainingOrderMadeOn()) + " (" + name + ")"));
        }
        return found;
    }
}
