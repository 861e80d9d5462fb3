package uk.org.throughline.application.victim.internal;

import uk.org.throughline.application.caseload.CaseloadAccess;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.throughline.application.alert.internal.Alerts;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.risk.internal.VictimRiskLevel;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.PartnerContactPlanView;
import uk.org.throughline.application.victim.PerpetratorsLinked;
import uk.org.throughline.application.victim.ReassessmentDueView;
import uk.org.throughline.application.victim.VictimChoices;
import uk.org.throughline.application.victim.VictimForms.ContactForm;
import uk.org.throughline.application.victim.VictimForms.VictimForm;
import uk.org.throughline.application.victim.VictimPermissions;
import uk.org.throughline.application.victim.VictimService;
import uk.org.throughline.application.victim.VictimSummary;
import uk.org.throughline.application.victim.VictimView;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.risk.DashReassessment;
import uk.org.throughline.domain.model.risk.RiskAssessment;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.victim.ContactAttempt;
import uk.org.throughline.domain.model.victim.LinkedChild;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.model.victim.PartnerContactTimescales;
import uk.org.throughline.domain.model.victim.PerpetratorLink;
import uk.org.throughline.domain.model.victim.ProgrammeStage;
import uk.org.throughline.domain.model.victim.VictimRecord;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.RecordNotFoundException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.IncidentRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.RiskRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * Victims and partner contact. Partner-contact workers and administrators keep the records;
 * partner-contact workers, managers and administrators read them, each read with its reason in the
 * audit trail; every role may read the {@link VictimSummary}. One transaction per method.
 */
@Stateless
public class DefaultVictimService implements VictimService {

    private static final String VICTIM = "VictimRecord";
    private static final String PLAN = "PartnerContactPlan";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private VictimRepository victims;

    @Inject
    private PersonRepository people;

    @Inject
    private StaffRepository staff;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private IncidentRepository incidents;

    @Inject
    private VictimRiskLevel riskLevel;

    @Inject
    private RiskRepository risk;

    @Inject
    private ProtectiveOrders protectiveOrders;

    @Inject
    private Alerts alerts;

    @Inject
    private Event<PerpetratorsLinked> perpetratorsLinked;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public VictimView open(long personId, VictimForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        Person person = people.getActive(personId);
        if (victims.findByPerson(personId).isPresent()) {
            throw new BusinessException(person.displayName() + " already has a victim record.");
        }
        VictimRecord victim = new VictimRecord(personId, form.details(), perpetrators(form), children(form, today),
                today, now);
        requirePartnerContactWorker(victim);
        victims.add(victim);
        perpetratorsLinked.fire(new PerpetratorsLinked(victim.personId(), now));
        audit.record(AuditAction.CREATE, VICTIM, String.valueOf(personId), "Opened the victim record of "
                + person.displayName(), null);
        return view(victim, today);
    }

    @Override
    @RolesAllowed(VictimPermissions.READ)
    public VictimView view(long personId, String reason) {
        VictimRecord victim = victims.getByPerson(personId);
        caseload.requireRead(personId);
        audit.record(AuditAction.VIEW, VICTIM, String.valueOf(personId), "Viewed the victim record of "
                + people.displayName(personId) + " with her safe contact details", reason.strip());
        return view(victim, UkDate.today(clock));
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public VictimView update(long personId, long expectedVersion, VictimForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        VictimRecord victim = victims.getByPerson(personId);
        String description = "The victim record of " + people.displayName(personId);
        OptimisticLock.require(victim.version(), expectedVersion, description);
        victim.correct(form.details(), perpetrators(form), children(form, today), today, now);
        requirePartnerContactWorker(victim);
        unitOfWork.write(description);
        perpetratorsLinked.fire(new PerpetratorsLinked(victim.personId(), now));
        audit.record(AuditAction.UPDATE, VICTIM, String.valueOf(personId), "Updated the victim record of "
                + people.displayName(personId), null);
        return view(victim, today);
    }

    @Override
    @RolesAllowed(VictimPermissions.READ_SUMMARY)
    public Optional<VictimSummary> summary(long personId) {
        caseload.requireReadAboutVictimOfTheirMan(personId);
        Optional<VictimRecord> victim = victims.findByPerson(personId);
        victim.ifPresent(found -> audit.record(AuditAction.VIEW, VICTIM, String.valueOf(personId),
                "Viewed that " + people.displayName(personId) + " is a victim, her risk level and protective orders",
                null));
        return victim.map(found -> new VictimSummary(personId, people.displayName(personId),
                riskLevel.currentLevel(personId), protectiveOrders.protecting(found,
                        clock.instant(), false)));
    }

    @Override
    @RolesAllowed(VictimPermissions.READ)
    public List<PartnerContactPlanView> plans(long personId, String reason) {
        VictimRecord victim = victims.getByPerson(personId);
        caseload.requireRead(personId);
        audit.record(AuditAction.VIEW, PLAN, null, "Viewed the partner-contact plans of "
                + people.displayName(personId), reason.strip());
        return planViews(victim, UkDate.today(clock));
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public PartnerContactPlanView recordContact(long personId, long planId, long expectedVersion, ContactForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        PartnerContactPlan plan = victims.getPlan(planId);
        if (plan.victim().personId() != personId) {
            throw new RecordNotFoundException("Partner-contact plan of person " + personId, planId);
        }
        String victimName = people.displayName(personId);
        String description = "The partner-contact plan of " + victimName;
        OptimisticLock.require(plan.version(), expectedVersion, description);
        ContactAttempt attempt = new ContactAttempt(form.attemptedOn(), form.method(), form.outcome(),
                form.disclosures(), form.concerns(), form.actions(), caller(), today, now);
        boolean escalate = plan.record(attempt, ProgrammeStage.of(plan.referral().status()),
                programmes.bankHolidays(), PartnerContactTimescales.from(System::getProperty), now);
        if (attempt.outcome().reachedHer()) {
            alerts.completeTasks(personId, AlertKind.PARTNER_CONTACT_DUE, caller());
        }
        unitOfWork.write(description);
        if (escalate) {
            alerts.raise(AlertKind.CONTACT_ATTEMPTS_FAILED, List.of(Recipient.queue(Role.MANAGER)), personId, VICTIM,
                    personId, plan.failedAttempts() + " attempts in a row to reach " + victimName + " have failed (the "
                            + "last on " + UkDate.format(attempt.attemptedOn()) + " by " + caller()
                            + "): decide with the partner-contact worker what to do.", null);
        }
        audit.record(AuditAction.UPDATE, PLAN, String.valueOf(planId), "Recorded a contact attempt with "
                + victimName + ": " + attempt.outcome().label() + " (" + attempt.method().label() + ", "
                + UkDate.format(attempt.attemptedOn()) + ")" + (escalate ? "; escalated to the managers" : ""), null);
        return VictimMapping.planView(plan, people::displayName, today);
    }

    @Override
    @RolesAllowed(VictimPermissions.RECORD)
    public VictimChoices choices(long personId) {
        Person person = people.getActive(personId);
        Set<Long> perpetrators = new LinkedHashSet<>();
        victims.findByPerson(personId).ifPresent(victim -> victim.perpetrators().forEach(link -> perpetrators.add(
                link.perpetratorPersonId())));
        incidents.involving(personId).stream()
                .filter(incident -> incident.involvements().contains(new Involvement(personId, InvolvementRole.VICTIM)))
                .flatMap(incident -> incident.involvements().stream())
                .filter(involvement -> involvement.role() == InvolvementRole.SUSPECT)
                .forEach(suspect -> perpetrators.add(suspect.personId()));
        Map<Long, String> names = people.displayNames(perpetrators);
        return new VictimChoices(person.displayName(), staff.activeWithRole(Role.PARTNER_CONTACT).stream()
                .map(member -> new VictimChoices.Worker(member.username(), member.displayName())).toList(),
                perpetrators.stream().map(id -> new VictimChoices.Perpetrator(id, names.get(id))).toList());
    }

    @Override
    @RolesAllowed(VictimPermissions.PARTNER_CONTACT_WORK)
    public List<PartnerContactPlanView> myPlans() {
        LocalDate today = UkDate.today(clock);
        List<PartnerContactPlanView> plans = victims.openPlansSupportedBy(caller()).stream()
                .map(plan -> VictimMapping.planView(plan, people::displayName, today))
                .toList();
        audit.record(AuditAction.VIEW, PLAN, null, "Viewed own partner-contact caseload (" + plans.size()
                + " open plans)", null);
        return plans;
    }

    @Override
    @RolesAllowed(VictimPermissions.PARTNER_CONTACT_WORK)
    public List<ReassessmentDueView> myReassessmentsDue() {
        LocalDate today = UkDate.today(clock);
        DashReassessment reassessment = DashReassessment.from(System::getProperty);
        // her case opened with the earliest of her open plans
        Map<VictimRecord, LocalDate> openCases = new LinkedHashMap<>();
        victims.openPlansSupportedBy(caller()).forEach(plan -> openCases.merge(plan.victim(), plan.openedOn(),
                (one, other) -> one.isBefore(other) ? one : other));
        List<ReassessmentDueView> due = new ArrayList<>();
        openCases.forEach((victim, caseOpenedOn) -> {
            LocalDate lastAssessedOn = risk.latestAssessment(victim.personId(), today)
                    .map(RiskAssessment::assessedOn).orElse(null);
            reassessment.dueOn(lastAssessedOn == null ? caseOpenedOn : lastAssessedOn, today)
                    .ifPresent(reassessmentDue -> due.add(new ReassessmentDueView(victim.personId(),
                            people.displayName(victim.personId()), lastAssessedOn, caseOpenedOn,
                            reassessmentDue.dueOn(), reassessmentDue.daysOverdue())));
        });
        due.sort(Comparator.comparing(ReassessmentDueView::dueOn).thenComparing(ReassessmentDueView::victimName));
        audit.record(AuditAction.VIEW, VICTIM, null, "Viewed own DASH reassessments due (" + due.size() + ")", null);
        return due;
    }

    private VictimView view(VictimRecord victim, LocalDate today) {
        String worker = victim.partnerContactWorker().orElse(null);
        String workerName = worker == null ? null : staff.findByUsername(worker).map(member -> member.displayName())
                .orElse(worker);
        return VictimMapping.victimView(victim, people::displayName, workerName, riskLevel.currentLevel(
                victim.personId()), protectiveOrders.protecting(victim, clock.instant(), true), planViews(victim, today));
    }

    private List<PartnerContactPlanView> planViews(VictimRecord victim, LocalDate today) {
        return victims.plansOf(victim).stream()
                .map(plan -> VictimMapping.planView(plan, people::displayName, today))
                .toList();
    }

    /** Each perpetrator must be an active person. */
    private List<PerpetratorLink> perpetrators(VictimForm form) {
        return form.perpetrators().stream().map(perpetrator -> {
            if (perpetrator.personId() == null || people.find(perpetrator.personId()).isEmpty()) {
                throw new InvalidFieldException("perpetrators", "Choose the perpetrator from the person index");
            }
            return new PerpetratorLink(people.getActive(perpetrator.personId()).id(), perpetrator.relationship());
        }).toList();
    }

    private static List<LinkedChild> children(VictimForm form, LocalDate today) {
        return form.children().stream().map(child -> new LinkedChild(child.name(), child.dateOfBirth(), today))
                .toList();
    }

    /** The named worker must be a partner-contact worker's account. */
    private void requirePartnerContactWorker(VictimRecord victim) {
        victim.partnerContactWorker().ifPresent(username -> {
            if (staff.findByUsername(username).filter(member -> member.roles().contains(Role.PARTNER_CONTACT))
                    .isEmpty()) {
                throw new InvalidFieldException("partnerContactWorker", "\"" + username + "\" is not a "
                        + "partner-contact worker's username");
            }
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
