package uk.org.throughline.application.victim;

import java.time.LocalDate;
import uk.org.throughline.domain.model.victim.SupportDecision;

/**
 * What the workers with him may know of the support offered to her alongside his referral: whether it
 * was offered, taken up and kept up, never who she is, where she is or what she said.
 *
 * @param supported  "Mother" or "Parent"
 * @param open       she accepted the support and has not declined it since
 * @param heading    "Mother supported throughout" once he has left the programme, "Mother supported so far"
 *                   while he is on it; null before his first session
 * @param throughout the answer, e.g. "yes — 9 contacts, last 02/12/2026"; null before his first session
 */
public record ReferralSupportView(String supported, String support, SupportDecision decision, LocalDate offeredOn,
        LocalDate decidedOn, boolean open, String heading, String throughout) {
}
