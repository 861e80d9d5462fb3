package uk.org.throughline.application.police.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.police.PolicePermissions;
import uk.org.throughline.application.police.PoliceWorklist;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.CautionTimescales;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.caution.SummaryTimeLimit;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.BailCondition;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;

/**
 * What police must act on today, from cautions whose compliance is still open and bail conditions
 * in force. Police, admin and managers read it, all of them victim-facing, so bail conditions come
 * with their wording as typed; the read is audited.
 */
@Stateless
public class DefaultPoliceWorklist implements PoliceWorklist {

    @Inject
    private Clock clock;

    @Inject
    private CautionRepository cautions;

    @Inject
    private CustodyRepository custody;

    @Inject
    private PersonRepository people;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed(PolicePermissions.READ_CUSTODY)
    public Worklist today() {
        LocalDate today = UkDate.today(clock);
        CautionTimescales timescales = CautionTimescales.from(System::getProperty);
        List<ConditionalCaution> open = cautions.complianceOpen();
        List<BailCondition> expiring = custody.bailConditionsExpiring(today,
                today.plusDays(timescales.bailExpiryDays()));
        Map<Long, String> names = people.displayNames(Stream.concat(
                open.stream().map(ConditionalCaution::personId),
                expiring.stream().map(condition -> condition.arrest().personId())).toList());
        LocalDate dueBy = today.plusDays(timescales.cautionDueDays());
        List<CautionItem> due = open.stream()
                .filter(caution -> caution.status() == ComplianceStatus.ACTIVE
                        && !caution.complianceDeadline().isBefore(today) && !caution.complianceDeadline().isAfter(dueBy))
                .map(caution -> item(caution, names, dueNote(caution.complianceDeadline(), today)))
                .toList();
        List<CautionItem> awaiting = open.stream()
                .filter(caution -> caution.isAwaitingDecision(today))
                .map(caution -> item(caution, names, awaitingNote(caution)))
                .toList();
        List<CautionItem> timeLimits = open.stream()
                .flatMap(caution -> caution.timeLimitWarning(today, timescales)
                        .map(warning -> item(caution, names, warning)).stream())
                .sorted(Comparator.comparing(CautionItem::chargeBy))
                .toList();
        List<BailItem> bail = expiring.stream()
                .map(condition -> {
                    Arrest arrest = condition.arrest();
                    return new BailItem(arrest.id(), arrest.personId(), names.get(arrest.personId()),
                            arrest.incident().reference().value(), condition.wording().text(), condition.expiresOn());
                })
                .toList();
        audit.record(AuditAction.VIEW, "PoliceWorklist", null, "Viewed the police worklist: " + due.size()
                + " cautions due, " + awaiting.size() + " awaiting a decision, " + timeLimits.size()
                + " time limits approaching, " + bail.size() + " bail conditions expiring", null);
        return new Worklist(today, due, awaiting, timeLimits, bail);
    }

    /** @param names display names of the cautioned people, by person id */
    private static CautionItem item(ConditionalCaution caution, Map<Long, String> names, String note) {
        return new CautionItem(caution.id(), caution.personId(), names.get(caution.personId()),
                caution.incident().reference().value(), caution.offence().description(),
                caution.complianceDeadline(), caution.status(), SummaryTimeLimit.chargeBy(caution.offence()).orElse(null),
                note);
    }

    private static String dueNote(LocalDate deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        return "Compliance due " + (days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days");
    }

    private static String awaitingNote(ConditionalCaution caution) {
        return caution.status() == ComplianceStatus.FAILED
                ? "Failed on " + UkDate.format(caution.statusChangedOn()) + ": record the non-compliance decision"
                : "The deadline of " + UkDate.format(caution.complianceDeadline())
                        + " has passed with conditions still active: record whether they were met";
    }
}
