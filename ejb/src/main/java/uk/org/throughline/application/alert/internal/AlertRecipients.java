package uk.org.throughline.application.alert.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CaseloadRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * Who hears about what happens to a perpetrator or a victim. Her partner-contact worker, or the
 * partner-contact queue while she has none; his offender manager (his allocation today); his case worker
 * (the referral's, or its referrer's when it names none), or the probation or YOT queue when that is no
 * staff account; and the facilitators of his cohort.
 */
@ApplicationScoped
public class AlertRecipients {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private StaffRepository staff;

    @Inject
    private CaseloadRepository caseloads;

    @Inject
    private VictimRepository victims;

    @Inject
    private Clock clock;

    /** Her partner-contact worker, or the partner-contact queue. */
    public Recipient supporting(VictimRecord victim) {
        return victim.partnerContactWorker().map(Recipient::worker).orElseGet(() -> Recipient.queue(
                Role.PARTNER_CONTACT));
    }

    /** Her partner-contact worker, or the partner-contact queue, also for a victim with no record yet. */
    public Recipient supporting(long victimPersonId) {
        return victims.findByPerson(victimPersonId).map(this::supporting)
                .orElseGet(() -> Recipient.queue(Role.PARTNER_CONTACT));
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

    /** His offender manager today, from his allocation, whether or not any referral names them. */
    public Optional<Recipient> offenderManagerOf(long perpetratorPersonId) {
        LocalDate today = UkDate.today(clock);
        return caseloads.openAllocationOf(perpetratorPersonId)
                .filter(allocation -> allocation.isCurrentOn(today))
                .map(allocation -> Recipient.worker(allocation.username()));
    }

    /** His offender manager and everyone working with him on the referrals he has open. */
    public Set<Recipient> responsibleFor(long perpetratorPersonId) {
        Set<Recipient> to = new LinkedHashSet<>();
        offenderManagerOf(perpetratorPersonId).ifPresent(to::add);
        to.addAll(workingWith(perpetratorPersonId));
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
