package uk.org.throughline.application.police.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.infrastructure.persistence.CautionRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;

/**
 * What was already decided after an arrest or voluntary interview, so that the outcome form and the
 * caution record a second outcome only where the rules allow one.
 */
@ApplicationScoped
public class OutcomeHistory {

    @Inject
    private DisposalRepository disposals;

    @Inject
    private CautionRepository cautions;

    /** @throws InvalidFieldException on "arrestId" or "voluntaryInterviewId" if an outcome may not follow */
    public void requireMayRecord(SuspectContact contact, OutcomeType outcome) {
        disposals.latestAfter(contact).ifPresent(latest -> latest.requireMayBeFollowedBy(outcome,
                cautions.findByDisposal(latest.id()).filter(ConditionalCaution::isDecidedToProsecute).isPresent()));
    }
}
