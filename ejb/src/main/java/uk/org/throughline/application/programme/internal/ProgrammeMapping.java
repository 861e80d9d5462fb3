package uk.org.throughline.application.programme.internal;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import uk.org.throughline.application.programme.CohortView;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.attendance.Schedule;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.CompletionProgress;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;

/** Programme entities to the views the application layer returns. */
final class ProgrammeMapping {

    private ProgrammeMapping() {
    }

    static ProgrammeView programmeView(Programme programme) {
        String rule = programme.completionRule() == CompletionRule.ATTENDANCE_PERCENTAGE
                ? programme.completionPercentage() + "% attendance" : programme.completionRule().label();
        return new ProgrammeView(programme.id(), programme.name(), programme.targetGroup(), programme.deliveryMode(),
                programme.sessionCount(), programme.capacity(), rule, programme.enforcementByRoute().keySet());
    }

    /**
     * @param progress    how far the person has got, or null when there is nothing to measure yet
     * @param cautionNote what the change meant for the caution, or null
     */
    static ReferralView referralView(ProgrammeReferral referral, String personName, String progress,
            String cautionNote) {
        return new ReferralView(referral.id(), referral.version(), referral.personId(), personName,
                referral.programme().map(Programme::id).orElse(null), referral.programmeName(), referral.route(),
                referral.status(), referral.statusChangedOn(), referral.referredOn(), referral.referredBy(),
                referral.caseWorker(), referral.cohort().map(Cohort::id).orElse(null),
                referral.cohort().map(Cohort::name).orElse(null), referral.conditionalCautionId(),
                referral.courtCaseId(), referral.childProtectionPlanReference(), referral.riskLevel(),
                referral.eligibilityOverrideReason(), referral.eligibilityFailures(), referral.notCompletedReason(),
                progress, referral.history().stream()
                        .map(step -> new ReferralView.Step(step.status(), step.label(), step.on(), step.by(),
                                step.reason(), step.caseWorker(), step.recordedAt()))
                        .toList(), cautionNote);
    }

    static SessionView sessionView(ProgrammeSession session) {
        Cohort cohort = session.cohort();
        return new SessionView(session.id(), session.version(), cohort.id(), cohort.name(),
                cohort.programme().name(), cohort.venue(), session.number(), session.moduleName(),
                session.sessionDate(), session.startTime(), session.endTime(),
                session.catchUpFor().map(ProgrammeSession::id).orElse(null), session.rescheduledFrom(),
                session.rescheduleReason(), session.describe(), session.register().size(), session.unmarked().size());
    }

    /**
     * @param skipped  the bank holidays a schedule just planned stepped over; empty otherwise
     * @param progress each member's progress against the completion rule, by referral
     */
    static CohortView cohortView(Cohort cohort, List<ProgrammeSession> sessions, List<Schedule.Skipped> skipped,
            LongFunction<String> names, Function<ProgrammeReferral, CompletionProgress> progress) {
        Function<ProgrammeReferral, CohortView.Member> member = referral -> {
            CompletionProgress made = progress.apply(referral);
            return new CohortView.Member(referral.id(), referral.version(), referral.personId(),
                    names.apply(referral.personId()), referral.status(), made.summary(), made.met());
        };
        return new CohortView(cohort.id(), cohort.version(), cohort.programme().id(), cohort.programme().name(),
                cohort.name(), cohort.venue(), cohort.capacity(), cohort.placesTaken(), cohort.status(),
                cohort.facilitators(), cohort.members().stream().map(member).toList(),
                cohort.finished().stream().map(member).toList(),
                sessions.stream().map(ProgrammeMapping::sessionView).toList(),
                skipped.stream().map(day -> new CohortView.SkippedDay(day.date(), day.holiday())).toList(),
                cohort.smallGroupReason());
    }

}
