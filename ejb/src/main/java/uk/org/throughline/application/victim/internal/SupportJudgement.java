package uk.org.throughline.application.victim.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.SupportedThroughout;
import uk.org.throughline.infrastructure.persistence.ParentGroupRepository;

/**
 * Her support as {@link SupportedThroughout} judges it: the contacts made on her plan and the parent
 * group sessions she attended, from his start to his exit (or today while he is on the programme).
 */
@ApplicationScoped
class SupportJudgement {

    @Inject
    private ParentGroupRepository parentGroups;

    /** Every day she was reached: contacts made, one-to-one sessions and parent group sessions attended. */
    List<LocalDate> contactDays(PartnerContactPlan plan) {
        List<LocalDate> days = new ArrayList<>(plan.contactsMade());
        days.addAll(parentGroups.sessionsAttended(plan));
        days.sort(null);
        return days;
    }

    /** Empty before his first session, when there is nothing yet to judge. */
    Optional<SupportedThroughout> judge(PartnerContactPlan plan, List<LocalDate> contactDays, LocalDate today) {
        ProgrammeReferral referral = plan.referral();
        return referral.startedOn().map(start -> SupportedThroughout.judge(plan.supportDecision(), plan.openedOn(),
                plan.supportDecidedOn(), start, referral.endedOn().orElse(today), contactDays,
                SupportedThroughout.weeksBetweenContacts(System::getProperty)));
    }
}
