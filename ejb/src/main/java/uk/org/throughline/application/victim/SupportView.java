package uk.org.throughline.application.victim;

import java.time.LocalDate;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.victim.SupportDecision;

/**
 * Her parallel support alongside one of his referrals, for the victim-facing workers: the contacts
 * themselves are on her partner-contact plan ({@link VictimService#plans}).
 *
 * @param planVersion  the plan's version as read, to record her decision
 * @param supported    who is supported, "Mother" or "Parent"
 * @param contactsMade contacts made and support sessions (one-to-one or parent group) she attended
 * @param throughout   e.g. "yes — 9 contacts, last 02/12/2026"; null before his first session
 */
public record SupportView(long planId, long planVersion, long victimPersonId, String victimName, long referralId,
        String perpetratorName, String programmeName, ParallelSupport support, String supported,
        SupportDecision decision, LocalDate offeredOn, LocalDate decidedOn, String worker, int contactsMade,
        LocalDate lastContact, String throughout) {
}
