package uk.org.throughline.application.victim.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.ParallelSupportService;
import uk.org.throughline.application.victim.ParentGroupView;
import uk.org.throughline.application.victim.ReferralSupportView;
import uk.org.throughline.application.victim.SupportForms.DecisionForm;
import uk.org.throughline.application.victim.SupportForms.Line;
import uk.org.throughline.application.victim.SupportForms.ParentGroupForm;
import uk.org.throughline.application.victim.SupportForms.ParentRegisterForm;
import uk.org.throughline.application.victim.SupportForms.ParentSessionForm;
import uk.org.throughline.application.victim.SupportView;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caseload.PersonAccess;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.victim.ParentGroup;
import uk.org.throughline.domain.model.victim.ParentGroupSession;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.SupportDecision;
import uk.org.throughline.domain.model.victim.SupportedThroughout;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.ParentGroupRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * Parallel support and parent groups. Partner-contact workers and administrators keep them; the
 * victim-facing readers of victim records read them, with a reason for her own support; anyone may read
 * the support alongside a referral of someone they may read. One transaction per method.
 */
@Stateless
public class DefaultParallelSupportService implements ParallelSupportService {

    private static final String PLAN = "PartnerContactPlan";
    private static final String GROUP = "ParentGroup";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private VictimRepository victims;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ParentGroupRepository parentGroups;

    @Inject
    private PersonRepository people;

    @Inject
    private SupportJudgement judgement;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(VictimPermissions.READ)
    public List<SupportView> supportOf(long personId, String reason) {
        caseload.requireRead(personId);
        List<PartnerContactPlan> plans = victims.plansOf(victims.getByPerson(personId)).stream()
                .filter(plan -> plan.support().isPresent())
                .toList();
        if (!plans.isEmpty()) {
            audit.record(AuditAction.VIEW, PLAN, null, "Viewed the parallel support of "
                    + people.displayName(personId), reason.strip());
        }
        LocalDate today = UkDate.today(clock);
        return plans.stream().map(plan -> view(plan, today)).toList();
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public SupportView decide(long personId, long planId, long expectedVersion, DecisionForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        PartnerContactPlan plan = planOf(personId, planId);
        String description = "The support of " + people.displayName(personId);
        OptimisticLock.require(plan.version(), expectedVersion, description);
        plan.decideSupport(form.decision(), form.on(), form.worker(), today, now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, PLAN, String.valueOf(planId), people.displayName(personId) + " "
                + form.decision().label().toLowerCase(Locale.UK) + " "
                + plan.support().orElseThrow().label().toLowerCase(Locale.UK) + " alongside "
                + plan.referral().programmeName() + " on " + UkDate.format(form.on()), null);
        return view(plan, today);
    }

    @Override
    @RolesAllowed(VictimPermissions.READ_SUMMARY)
    public List<ReferralSupportView> forReferral(long referralId) {
        ProgrammeReferral referral = referrals.get(referralId);
        caseload.requireRead(referral.personId());
        LocalDate today = UkDate.today(clock);
        List<ReferralSupportView> support = victims.plansFor(referral).stream()
                .filter(plan -> plan.support().isPresent())
                .map(plan -> referralView(plan, today))
                .toList();
        if (!support.isEmpty()) {
            audit.record(AuditAction.VIEW, "ProgrammeReferral", String.valueOf(referralId), "Viewed whether support "
                    + "is offered alongside the referral of " + people.displayName(referral.personId()), null);
        }
        return support;
    }

    /** The groups whose every parent the caller may read. */
    @Override
    @RolesAllowed(VictimPermissions.READ)
    public List<ParentGroupView> parentGroups() {
        List<ParentGroup> groups = parentGroups.all();
        Map<Long, PersonAccess> access = caseload.accessTo(groups.stream().flatMap(group -> parentsOf(group).stream())
                .toList());
        return groups.stream()
                .filter(group -> parentsOf(group).stream().allMatch(parent -> access.get(parent).mayRead()))
                .map(this::view)
                .toList();
    }

    @Override
    @RolesAllowed(VictimPermissions.READ)
    public ParentGroupView parentGroup(long groupId) {
        return readable(parentGroups.get(groupId));
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public ParentGroupView createParentGroup(ParentGroupForm form) {
        ParentGroup group = new ParentGroup(form.name(), form.venue(), form.worker(), clock.instant());
        parentGroups.add(group);
        audit.record(AuditAction.CREATE, GROUP, String.valueOf(group.id()), "Set up the parent group \""
                + group.name() + "\" at " + group.venue(), null);
        return view(group);
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public ParentGroupView addParent(long groupId, long planId) {
        ParentGroup group = parentGroups.get(groupId);
        PartnerContactPlan plan = victims.getPlan(planId);
        caseload.requireRead(plan.victim().personId());
        group.join(plan, clock.instant());
        unitOfWork.write("\"" + group.name() + "\"");
        audit.record(AuditAction.UPDATE, GROUP, String.valueOf(groupId), people.displayName(plan.victim().personId())
                + " joined the parent group \"" + group.name() + "\"", null);
        return view(group);
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public ParentGroupView scheduleParentSession(long groupId, ParentSessionForm form) {
        ParentGroup group = parentGroups.get(groupId);
        ParentGroupSession scheduled = new ParentGroupSession(group, form.date(), form.startTime(), clock.instant());
        parentGroups.addSession(scheduled);
        audit.record(AuditAction.CREATE, "ParentGroupSession", String.valueOf(scheduled.id()), "Scheduled a session "
                + "of the parent group \"" + group.name() + "\" on " + UkDate.format(form.date()), null);
        return view(group);
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public ParentGroupView saveParentRegister(long sessionId, ParentRegisterForm form) {
        Instant now = clock.instant();
        ParentGroupSession groupSession = parentGroups.getSession(sessionId);
        ParentGroup group = groupSession.group();
        caseload.requireRead(parentsOf(group));
        String description = "The register of the \"" + group.name() + "\" session on "
                + UkDate.format(groupSession.sessionDate());
        OptimisticLock.require(groupSession.version(), form.expectedVersion(), description);
        Map<Long, Boolean> attended = new LinkedHashMap<>();
        for (Line line : form.lines()) {
            if (attended.put(line.planId(), line.attended()) != null) {
                throw new BusinessException("Plan " + line.planId() + " is marked twice.");
            }
        }
        groupSession.takeRegister(attended, session.getCallerPrincipal().getName(), UkDate.dayOf(now), now);
        unitOfWork.write(description);
        long present = attended.values().stream().filter(Boolean::booleanValue).count();
        audit.record(AuditAction.UPDATE, "ParentGroupSession", String.valueOf(sessionId), "Saved the register of the "
                + "\"" + group.name() + "\" session on " + UkDate.format(groupSession.sessionDate()) + ": " + present
                + " of " + attended.size() + " parents attended", null);
        return view(group);
    }

    private PartnerContactPlan planOf(long personId, long planId) {
        PartnerContactPlan plan = victims.getPlan(planId);
        if (plan.victim().personId() != personId) {
            throw new RecordNotFoundException("Partner-contact plan of person " + personId, planId);
        }
        return plan;
    }

    private SupportView view(PartnerContactPlan plan, LocalDate today) {
        List<LocalDate> days = judgement.contactDays(plan);
        long victim = plan.victim().personId();
        ParallelSupport support = plan.support().orElseThrow();
        return new SupportView(plan.id(), plan.version(), victim, people.displayName(victim), plan.referral().id(),
                people.displayName(plan.referral().personId()), plan.referral().programmeName(), support,
                support.supported(), plan.supportDecision(), plan.openedOn(), plan.supportDecidedOn(),
                plan.supportWorker(), days.size(), days.isEmpty() ? null : days.get(days.size() - 1),
                judgement.judge(plan, days, today).map(SupportedThroughout::summary).orElse(null));
    }

    private ReferralSupportView referralView(PartnerContactPlan plan, LocalDate today) {
        ParallelSupport support = plan.support().orElseThrow();
        Optional<SupportedThroughout> throughout = judgement.judge(plan, judgement.contactDays(plan), today);
        String heading = support.supported() + " supported "
                + (plan.referral().endedOn().isPresent() ? "throughout" : "so far");
        return new ReferralSupportView(support.supported(), support.label(), plan.supportDecision(), plan.openedOn(),
                plan.supportDecidedOn(), plan.supportDecision() == SupportDecision.ACCEPTED,
                throughout.map(found -> heading).orElse(null),
                throughout.map(SupportedThroughout::summary).orElse(null));
    }

    /** The group, once the caller may read every parent in it. */
    private ParentGroupView readable(ParentGroup group) {
        caseload.requireRead(parentsOf(group));
        return view(group);
    }

    private static List<Long> parentsOf(ParentGroup group) {
        return group.members().stream().map(plan -> plan.victim().personId()).toList();
    }

    private ParentGroupView view(ParentGroup group) {
        Map<Long, String> names = new LinkedHashMap<>();
        List<ParentGroupView.Parent> parents = group.members().stream().map(plan -> {
            long personId = plan.victim().personId();
            names.put(plan.id(), people.displayName(personId));
            return new ParentGroupView.Parent(plan.id(), personId, names.get(plan.id()),
                    people.displayName(plan.referral().personId()));
        }).toList();
        List<ParentGroupView.Session> sessions = parentGroups.sessionsOf(group).stream()
                .map(held -> new ParentGroupView.Session(held.id(), held.version(), held.sessionDate(),
                        held.startTime(), held.registerTakenBy(), held.register().stream()
                                .map(line -> new ParentGroupView.Line(line.planId(), names.get(line.planId()),
                                        line.attended()))
                                .toList()))
                .toList();
        return new ParentGroupView(group.id(), group.version(), group.name(), group.venue(), group.worker(), parents,
                sessions);
    }
}
