package uk.org.throughline.application.risk.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.risk.MaracActionView;
import uk.org.throughline.application.risk.MaracMeetingView;
import uk.org.throughline.application.risk.MaracReferralMade;
import uk.org.throughline.application.risk.MaracReferralView;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskForms.ActionForm;
import uk.org.throughline.application.risk.RiskForms.CompletionForm;
import uk.org.throughline.application.risk.RiskForms.ListingForm;
import uk.org.throughline.application.risk.RiskForms.MaracReferralForm;
import uk.org.throughline.application.risk.RiskForms.MeetingForm;
import uk.org.throughline.application.risk.RiskPermissions;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caseload.PersonAccess;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.risk.MaracAction;
import uk.org.throughline.domain.model.risk.MaracMeeting;
import uk.org.throughline.domain.model.risk.MaracReferral;
import uk.org.throughline.domain.model.risk.MaracRepeat;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * MARAC referrals, meetings and actions. Police and partner-contact workers refer and read;
 * partner-contact workers, managers and administrators run meetings and actions. One transaction
 * per method with its audit row.
 */
@Stateless
public class DefaultMaracService implements MaracService {

    private static final String REFERRAL = "MaracReferral";
    private static final String MEETING = "MaracMeeting";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private RiskRepository risks;

    @Inject
    private PersonRepository people;

    @Inject
    private VictimRisk victimRisk;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private Event<MaracReferralMade> referralMade;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public MaracSuggestionView suggestion(long personId) {
        Person person = people.getActive(personId);
        caseload.requireRead(personId);
        MaracSuggestionView suggestion = victimRisk.suggestion(personId, UkDate.today(clock));
        audit.record(AuditAction.VIEW, "RiskHistory", String.valueOf(personId), "Checked the MARAC criteria for "
                + person.displayName() + ": " + suggestion.text(), null);
        return suggestion;
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public MaracReferralView refer(MaracReferralForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        Person person = people.getActive(form.personId());
        MaracReferral referral = risks.add(new MaracReferral(form.details(victimRisk.perpetratorNamed(form.personId(),
                form.perpetratorPersonId())),
                victimRisk.maracFacts(person.id(), form.referredOn()), VictimRisk.thresholds(), caller(), today, now));
        audit.record(AuditAction.CREATE, REFERRAL, String.valueOf(referral.id()), "Referred " + person.displayName()
                + " to MARAC: " + referral.criterion().label() + (referral.isRepeat() ? ", a repeat referral (last on "
                + UkDate.format(referral.previousReferralOn()) + ")" : ""), referral.reason());
        referralMade.fire(new MaracReferralMade(person.id(), referral.id(), referral.isRepeat()));
        return referralView(referral);
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public MaracReferralView referral(long referralId) {
        MaracReferral referral = risks.referral(referralId);
        caseload.requireRead(referral.personId());
        String personName = people.displayName(referral.personId());
        audit.record(AuditAction.VIEW, REFERRAL, String.valueOf(referralId), "Viewed the MARAC referral of "
                + personName + " of " + UkDate.format(referral.referredOn()), null);
        return referralView(referral);
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public List<MaracReferralView> referralsOf(long personId) {
        Person person = people.getActive(personId);
        caseload.requireRead(personId);
        List<MaracReferral> referrals = risks.referralsOf(personId);
        audit.record(AuditAction.VIEW, "RiskHistory", String.valueOf(personId), "Listed the " + referrals.size()
                + " MARAC referrals of " + person.displayName(), null);
        return referralViews(referrals);
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public MaracMeetingView scheduleMeeting(MeetingForm form) {
        MaracMeeting meeting = risks.add(new MaracMeeting(form.meetsOn(), form.area(), caller(), clock.instant()));
        audit.record(AuditAction.CREATE, MEETING, String.valueOf(meeting.id()), "Scheduled the " + meeting.area()
                + " MARAC of " + UkDate.format(meeting.meetsOn()), null);
        return RiskMapping.meetingView(meeting, List.of());
    }

    /** The list of meetings names no one, so reading it is not audited. */
    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public List<MaracMeetingView> meetings() {
        return risks.meetings().stream().map(meeting -> RiskMapping.meetingView(meeting, List.of())).toList();
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public MaracMeetingView meeting(long meetingId) {
        MaracMeeting meeting = risks.meeting(meetingId);
        MaracMeetingView view = RiskMapping.meetingView(meeting, referralViews(readable(risks.agenda(meeting))));
        audit.record(AuditAction.VIEW, MEETING, String.valueOf(meetingId), "Viewed the agenda of the " + meeting.area()
                + " MARAC of " + UkDate.format(meeting.meetsOn()) + " (" + view.agenda().size() + " cases)", null);
        return view;
    }

    /** Referrals of people whose records the caller may read: a restricted record is left out of every list. */
    private List<MaracReferral> readable(List<MaracReferral> referrals) {
        Map<Long, PersonAccess> access = caseload.accessTo(referrals.stream().map(MaracReferral::personId)
                .collect(Collectors.toSet()));
        return referrals.stream().filter(referral -> access.get(referral.personId()).mayRead()).toList();
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public List<MaracReferralView> waitingToBeListed() {
        List<MaracReferral> waiting = readable(risks.referralsNotListed());
        audit.record(AuditAction.VIEW, REFERRAL, null, "Listed the " + waiting.size()
                + " MARAC referrals waiting for a meeting", null);
        return referralViews(waiting);
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public List<MaracReferralView> repeatedSinceReferred() {
        List<MaracReferral> repeated = readable(risks.referralsRepeatedSinceReferred());
        audit.record(AuditAction.VIEW, REFERRAL, null, "Listed the " + repeated.size()
                + " MARAC cases with a repeat flagged since their referral", null);
        return referralViews(repeated);
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public MaracReferralView list(long referralId, long expectedVersion, ListingForm form) {
        MaracReferral referral = risks.referral(referralId);
        String personName = people.displayName(referral.personId());
        String description = "The MARAC referral of " + personName;
        OptimisticLock.require(referral.version(), expectedVersion, description);
        MaracMeeting meeting = risks.meeting(form.meetingId());
        referral.listAt(meeting);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, REFERRAL, String.valueOf(referralId), "Listed the case of " + personName
                + " at the " + meeting.area() + " MARAC of " + UkDate.format(meeting.meetsOn()), null);
        return referralView(referral);
    }

    @Override
    @RolesAllowed(RiskPermissions.ASSESS)
    public byte[] agendaCsv(long meetingId) {
        MaracMeeting meeting = risks.meeting(meetingId);
        List<MaracReferralView> agenda = referralViews(readable(risks.agenda(meeting)));
        audit.record(AuditAction.EXPORT, MEETING, String.valueOf(meetingId), "Exported the agenda of the "
                + meeting.area() + " MARAC of " + UkDate.format(meeting.meetsOn()) + " (" + agenda.size()
                + " cases) as CSV", null);
        return MaracAgendaCsv.write(agenda).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public MaracActionView addAction(long referralId, ActionForm form) {
        Instant now = clock.instant();
        MaracReferral referral = risks.referral(referralId);
        MaracAction action = risks.add(new MaracAction(referral, form.agency(), form.action(), form.dueOn(), caller(),
                now));
        audit.record(AuditAction.CREATE, "MaracAction", String.valueOf(action.id()), "Gave " + action.agency().label()
                + " a MARAC action for " + people.displayName(referral.personId()) + ", due "
                + UkDate.format(action.dueOn()), null);
        return RiskMapping.actionView(action, UkDate.dayOf(now));
    }

    @Override
    @RolesAllowed(RiskPermissions.COORDINATE)
    public MaracActionView completeAction(long actionId, long expectedVersion, CompletionForm form) {
        LocalDate today = UkDate.today(clock);
        MaracAction action = risks.action(actionId);
        String personName = people.displayName(action.referral().personId());
        String description = "The " + action.agency().label() + " MARAC action for " + personName;
        OptimisticLock.require(action.version(), expectedVersion, description);
        action.complete(form.completedOn(), caller(), today);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, "MaracAction", String.valueOf(actionId), "Recorded as done on "
                + UkDate.format(action.completedOn()) + ": " + description, null);
        return RiskMapping.actionView(action, today);
    }

    private MaracReferralView referralView(MaracReferral referral) {
        return referralViews(List.of(referral)).get(0);
    }

    /** Each with its actions, repeats and the names of her and the man it names: three statements for the whole list. */
    private List<MaracReferralView> referralViews(List<MaracReferral> referrals) {
        List<MaracAction> actions = risks.actionsOf(referrals);
        List<MaracRepeat> repeats = risks.repeatsOf(referrals);
        Map<Long, String> names = people.displayNames(referrals.stream()
                .flatMap(referral -> Stream.concat(Stream.of(referral.personId()),
                        referral.perpetratorPersonId().stream()))
                .collect(Collectors.toSet()));
        LocalDate today = UkDate.today(clock);
        return referrals.stream()
                .map(referral -> RiskMapping.referralView(referral, names, actions, repeats, today))
                .toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
