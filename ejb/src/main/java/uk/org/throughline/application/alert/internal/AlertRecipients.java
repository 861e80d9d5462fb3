package uk.org.throughline.application.alert.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Who hears about what happens to a perpetrator or a victim. Her partner-contact worker, or the
 * partner-contact queue while she has none; his case worker (the referral's, or its referrer's when
 * it names none), or the probation or YOT queue when that is no staff account; and the facilitators
 * of his cohort.
 */
@ApplicationScoped
public class AlertRecipients {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private StaffRepository staff;

    /** Her partner-contact worker, or the partner-contact queue. */
    public Recipient supporting(VictimRecord victim) {
        return victim.partnerContactWorker().map(Recipient::worker).orElseGet(() -> Recipient.queue(
                Role.PARTNER_CONTACT));
    }

    /** The case worker and the cohort's facilitators of one referral. */
    public Set<Recipient> workingWith(ProgrammeReferral referral) {
        Set<Recipient> to = new LinkedHashSet<>();
        String caseWorker = referral.caseWorker() != null ? referral.caseWorker() : referral.referredBy();
        to.add(staff.findByUsername(caseWorker).isPresent() ? Recipient.worker(caseWorker)
                : Recipient.queue(referral.route() == ReferralRoute.YOUTH_OFFENDING_TEAM ? Role.YOT : Role.PROBATION));
        referral.cohort().ifPresent(cohort -> cohort.facilitators().forEach(username -> to.add(
                Recipient.worker(username))));
        return to;
    }

    /** Everyone working with a perpetrator on the referrals he has open. */
    public Set<Recipient> workingWith(long perpetratorPersonId) {
        Set<Recipient> to = new LinkedHashSet<>();
        List<ProgrammeReferral> open = referrals.openOf(perpetratorPersonId);
        open.forEach(referral -> to.addAll(workingWith(referral)));
        return to;
    }
}
