package uk.org.throughline.application.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.risk.MaracActionView;
import uk.org.throughline.application.risk.MaracMeetingView;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracRepeatView;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.application.risk.SafetyPlanView;
import uk.org.throughline.domain.model.risk.MaracAction;
import uk.org.throughline.domain.model.risk.MaracMeeting;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracRepeat;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.model.risk.SafetyPlanItem;

/** Risk entities to the views the application layer returns. */
final class RiskMapping {

    private RiskMapping() {
    }

    /** @param suggestion what the MARAC criteria said on saving, or null when read later */
    static RiskAssessmentView assessmentView(RiskAssessment assessment, String personName, boolean roseToHigh,
            MaracSuggestionView suggestion) {
        return new RiskAssessmentView(assessment.id(), assessment.version(), assessment.personId(), personName,
                assessment.assessedOn(), assessment.assessor(), assessment.source(), assessment.instrument(),
                assessment.incidentId(), assessment.answers().entrySet().stream()
                        .map(answer -> new RiskAssessmentView.Answer(answer.getKey(), answer.getKey().section(),
                                answer.getKey().number(), answer.getKey().text(), answer.getValue()))
                        .toList(),
                assessment.score(), assessment.checklistLevel(), assessment.judgedLevel(),
                assessment.judgementReason(), assessment.level(), assessment.recordedBy(), assessment.createdAt(),
                roseToHigh, suggestion);
    }

    /**
     * @param names   display names by person id, hers and the perpetrator's among them
     * @param actions actions and {@code repeats} of any referrals: this referral's are picked out
     */
    static MaracReferralView referralView(MaracReferral referral, Map<Long, String> names, List<MaracAction> actions,
            List<MaracRepeat> repeats, LocalDate today) {
        Long perpetrator = referral.perpetratorPersonId().orElse(null);
        return new MaracReferralView(referral.id(), referral.version(), referral.personId(),
                names.get(referral.personId()), perpetrator, perpetrator == null ? null : names.get(perpetrator),
                referral.referredOn(), referral.referredBy(), referral.referringAgency(), referral.criterion(),
                referral.reason(), referral.isRepeat(), referral.previousReferralOn(), referral.dashScore(),
                referral.recentIncidents(), referral.meeting().map(MaracMeeting::id).orElse(null),
                referral.meeting().map(MaracMeeting::meetsOn).orElse(null),
                actions.stream().filter(action -> action.referral().id().equals(referral.id()))
                        .map(action -> actionView(action, today)).toList(),
                repeats.stream().filter(repeat -> repeat.referral().id().equals(referral.id()))
                        .map(RiskMapping::repeatView).toList());
    }

    static MaracRepeatView repeatView(MaracRepeat repeat) {
        return new MaracRepeatView(repeat.id(), repeat.referral().id(), repeat.victimPersonId(),
                repeat.perpetratorPersonId(), repeat.trigger(), repeat.triggerId(), repeat.occurredOn(),
                repeat.description(), repeat.flaggedAt());
    }

    static MaracActionView actionView(MaracAction action, LocalDate today) {
        return new MaracActionView(action.id(), action.version(), action.referral().id(), action.agency(),
                action.action(), action.dueOn(), action.completedOn(), action.completedBy(), action.isOverdue(today));
    }

    static MaracMeetingView meetingView(MaracMeeting meeting, List<MaracReferralView> agenda) {
        return new MaracMeetingView(meeting.id(), meeting.version(), meeting.meetsOn(), meeting.area(), agenda);
    }

    static SafetyPlanView.Item itemView(SafetyPlanItem item, LocalDate today) {
        return new SafetyPlanView.Item(item.id(), item.version(), item.action(), item.owner(), item.dueOn(),
                item.reviewOn(), item.status(), item.isOverdue(today), item.updatedBy(), item.updatedAt());
    }
}
