package uk.org.throughline.application.programme.internal;

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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.programme.ProgrammeEnded;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralForms.AllocationForm;
import uk.org.throughline.application.programme.ReferralForms.AssessmentForm;
import uk.org.throughline.application.programme.ReferralForms.CaseWorkerForm;
import uk.org.throughline.application.programme.ReferralForms.OutcomeForm;
import uk.org.throughline.application.programme.ReferralForms.ReferralForm;
import uk.org.throughline.application.programme.ReferralForms.ResolutionForm;
import uk.org.throughline.application.programme.ReferralForms.StepForm;
import uk.org.throughline.application.programme.ReferralMade;
import uk.org.throughline.application.programme.ReferralRecord;
import uk.org.throughline.application.programme.ReferralService;
import uk.org.throughline.application.programme.ReferralView;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.AttendanceSummary;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.programme.CautionConditionChange;
import uk.org.throughline.domain.model.programme.Cohort;
import uk.org.throughline.domain.model.programme.CompletionProgress;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralFacts;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CohortRepository;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.EnforcementRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.ReferralRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Programme referrals. Probation, YOT, programme staff, managers and administrators refer and move
 * referrals on; only a manager or administrator may refer someone the programme's criteria refuse,
 * with a reason. A referral is read only by those who may read the person's records (need to know);
 * once a probation officer or YOT worker answers for it, only a manager reassigns it, and only its case
 * worker or a manager resolves its enforcement. One transaction per method with its audit rows, the
 * caution's change included.
 */
@Stateless
public class DefaultReferralService implements ReferralService {

    private static final String REFERRAL = "ProgrammeReferral";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private CohortRepository cohorts;

    @Inject
    private SessionRepository sessions;

    @Inject
    private PersonRepository people;

    @Inject
    private EnforcementRepository enforcement;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private StaffRepository staff;

    @Inject
    private ProgrammeCautions programmeCautions;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private Event<ReferralMade> referralMade;

    @Inject
    private Event<ProgrammeEnded> programmeEnded;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    /** The catalogue is not personal data, so reading it is not audited. */
    @Override
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    public List<ProgrammeView> programmes() {
        return programmes.all().stream().map(ProgrammeMapping::programmeView).toList();
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public ReferralView refer(ReferralForm form) {
        Instant now = clock.instant();
        boolean overriding = form.eligibilityOverrideReason() != null && !form.eligibilityOverrideReason().isBlank();
        if (overriding && !session.isCallerInRole(ProgrammePermissions.MANAGE)) {
            throw new NotPermittedException("Only a manager or administrator may refer someone the programme's "
                    + "criteria refuse.");
        }
        Programme programme = programmes.get(form.programmeId());
        Person person = people.getActive(form.personId());
        requireOwnCourtCase(person, form.courtCaseId());
        ReferralFacts facts = new ReferralFacts(
                person.dateOfBirth() == null ? null : CautionType.ageOn(person.dateOfBirth(), form.referredOn()),
                person.gender(), form.youngestChildAge(), form.regularContactWithChild(), form.riskLevel(),
                form.exclusions());
        ProgrammeReferral referral = ProgrammeReferral.refer(programme, form.details(), facts,
                form.eligibilityOverrideReason(), caller(), UkDate.dayOf(now), now);
        referrals.add(referral);
        referralMade.fire(new ReferralMade(referral.id(), now));
        audit.record(AuditAction.CREATE, REFERRAL, String.valueOf(referral.id()), "Referred "
                + person.displayName() + " to " + programme.name() + " (" + referral.route().label() + ")"
                + (referral.eligibilityFailures() == null ? "" : " although: " + referral.eligibilityFailures()),
                referral.eligibilityOverrideReason());
        return view(referral, null);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    public ReferralView view(long referralId) {
        ProgrammeReferral referral = referrals.get(referralId);
        caseload.requireRead(referral.personId());
        audit.record(AuditAction.VIEW, REFERRAL, String.valueOf(referralId), "Viewed the " + referral.programmeName()
                + " referral of " + people.displayName(referral.personId()), null);
        return view(referral, null);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    public List<ReferralView> referralsOf(long personId) {
        caseload.requireRead(personId);
        String personName = people.displayName(personId);
        List<ProgrammeReferral> found = referrals.ofPerson(personId);
        audit.record(AuditAction.VIEW, "Person", String.valueOf(personId), "Viewed the " + found.size()
                + " programme referrals of " + personName, null);
        return found.stream().map(referral -> view(referral, null)).toList();
    }

    @Override
    @RolesAllowed(ProgrammePermissions.READ_REFERRALS)
    public ReferralRecord record(long referralId) {
        ReferralView referral = view(referralId);
        ProgrammeReferral found = referrals.get(referralId);
        List<AttendanceRecord> attendance = sessions.attendanceOf(found);
        boolean takenOn = caseWorkerTakenOn(found).isPresent();
        return new ReferralRecord(referral, takenOn, AttendanceSummary.of(attendance.stream()
                .map(record -> new AttendanceSummary.Mark(record.mark(), record.line().failedToComply()))
                .toList()),
                attendance.stream().map(DefaultReferralService::sessionLine).toList(),
                enforcement.ofReferrals(List.of(found)).stream().map(DefaultReferralService::enforcementItem)
                        .toList());
    }

    /** Cohorts are not personal data, so listing them is not audited. */
    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public List<ReferralRecord.Place> placesFor(long referralId) {
        ProgrammeReferral referral = referrals.get(referralId);
        caseload.requireRead(referral.personId());
        Optional<Programme> programme = referral.programme();
        return cohorts.open().stream()
                .filter(cohort -> programme.isPresent() && cohort.programme() == programme.get()
                        && cohort.placesTaken() < cohort.capacity())
                .map(cohort -> new ReferralRecord.Place(cohort.id(), cohort.name(), cohort.venue(),
                        cohort.capacity() - cohort.placesTaken(), sessions.ofCohort(cohort).stream()
                                .map(ProgrammeSession::sessionDate).findFirst().orElse(null)))
                .sorted(Comparator.comparing(ReferralRecord.Place::firstSession,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static ReferralRecord.SessionLine sessionLine(AttendanceRecord record) {
        ProgrammeSession session = record.session();
        return new ReferralRecord.SessionLine(session.id(), session.number(), session.sessionDate(),
                session.moduleName(), session.catchUpFor().isPresent(), record.line().describeMark(),
                record.outcome());
    }

    private static ReferralRecord.EnforcementItem enforcementItem(EnforcementAction action) {
        return new ReferralRecord.EnforcementItem(action.id(), action.version(), action.kind(), action.failedOn(),
                action.decidedOn(), action.decidedBy(), action.reason(), action.respondBy(), action.resolvedOn(),
                action.resolvedBy(), action.resolution());
    }

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public ReferralView linkProgramme(long referralId, long expectedVersion, long programmeId) {
        return change(referralId, expectedVersion, (referral, today, now) -> {
            Programme programme = programmes.get(programmeId);
            referral.linkProgramme(programme);
            return new Changed("Chose " + programme.name() + " for the referral naming \"" + referral.programmeName()
                    + "\"", Optional.empty());
        });
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public ReferralView assess(long referralId, long expectedVersion, AssessmentForm form) {
        return change(referralId, expectedVersion, (referral, today, now) -> {
            if (form.suitable()) {
                referral.assessSuitable(form.reason(), form.on(), caller(), today, now);
            } else {
                referral.assessNotSuitable(form.reason(), form.on(), caller(), today, now);
            }
            return new Changed("Assessed as " + referral.status().label().toLowerCase(Locale.UK), Optional.empty());
        });
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public ReferralView addToWaitingList(long referralId, long expectedVersion, StepForm form) {
        return change(referralId, expectedVersion, (referral, today, now) -> {
            referral.addToWaitingList(form.on(), caller(), today, now);
            return new Changed("Added to the waiting list", Optional.empty());
        });
    }

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public ReferralView allocate(long referralId, long expectedVersion, AllocationForm form) {
        return change(referralId, expectedVersion, (referral, today, now) -> {
            Cohort cohort = cohorts.get(form.cohortId());
            cohort.admit(referral, referrals.ofPersonTo(referral.personId(), cohort.programme()), form.on(), caller(),
                    today, now);
            return new Changed("Allocated to \"" + cohort.name() + "\"", Optional.empty());
        });
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public ReferralView complete(long referralId, long expectedVersion, StepForm form) {
        return change(referralId, expectedVersion, (referral, today, now) -> {
            CompletionProgress progress = progress(referral).orElseThrow(() -> new BusinessException("The referral "
                    + "names \"" + referral.programmeName() + "\", which is not a programme in the catalogue."));
            Optional<CautionConditionChange> caution = referral.complete(progress, form.on(), caller(), today, now);
            programmeEnded.fire(new ProgrammeEnded(referral.id(), true, form.on(), now));
            return new Changed("Recorded completion: " + progress.summary(), caution);
        });
    }

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public ReferralView endNotCompleted(long referralId, long expectedVersion, OutcomeForm form) {
        return change(referralId, expectedVersion, (referral, today, now) -> {
            Optional<CautionConditionChange> caution = referral.endNotCompleted(form.reason(), form.note(), form.on(),
                    caller(), today, now);
            programmeEnded.fire(new ProgrammeEnded(referral.id(), false, form.on(), now));
            return new Changed("Recorded as not completed (" + form.reason().label().toLowerCase(Locale.UK) + ")",
                    caution);
        });
    }

    /** Staff accounts are not personal data of the people on programmes, so listing them is not audited. */
    @Override
    @RolesAllowed(ProgrammePermissions.MANAGE)
    public List<StaffView> caseWorkers() {
        return staff.activeWithAnyRole(EnumSet.of(Role.PROBATION, Role.YOT)).stream().map(StaffView::of).toList();
    }

    @Override
    @RolesAllowed(ProgrammePermissions.CASE_WORK)
    public ReferralView nameCaseWorker(long referralId, long expectedVersion, CaseWorkerForm form) {
        String worker = caseWorkerAccount(form.caseWorker());
        requireOpenToTakeOn(referrals.get(referralId));
        return change(referralId, expectedVersion, (referral, today, now) -> {
            referral.nameCaseWorker(worker, form.on(), caller(), today, now);
            return new Changed(worker.equals(caller()) ? "Took on as case worker" : "Assigned " + worker
                    + " as case worker", Optional.empty());
        });
    }

    /**
     * The username of the account named, or of the caller when none is: an active probation officer's
     * or YOT worker's. Only a manager or administrator names someone else.
     */
    private String caseWorkerAccount(String named) {
        boolean namesSomeone = named != null && !named.isBlank();
        boolean manages = session.isCallerInRole(ProgrammePermissions.MANAGE);
        if (namesSomeone && !manages && !StaffMember.normaliseUsername(named).equals(caller())) {
            throw new NotPermittedException("Only a manager or administrator assigns someone else as case worker: "
                    + "you can take the referral on yourself.");
        }
        String username = namesSomeone ? named : caller();
        return staff.findByUsername(username)
                .filter(member -> member.isActive() && isCaseWorker(member))
                .map(StaffMember::username)
                .orElseThrow(() -> new InvalidFieldException("caseWorker", namesSomeone
                        ? username.strip() + " is not the account of a probation officer or YOT worker"
                        : "Select the probation officer or YOT worker to answer for the person"));
    }

    /**
     * A probation officer or YOT worker takes on a referral nobody answers for yet, or one still answered for
     * by whoever referred (the police officer who gave the caution); one a colleague answers for is the
     * manager's to reassign.
     */
    private void requireOpenToTakeOn(ProgrammeReferral referral) {
        if (session.isCallerInRole(ProgrammePermissions.MANAGE)) {
            return;
        }
        Optional<StaffMember> current = caseWorkerTakenOn(referral)
                .filter(member -> !member.username().equals(caller()));
        if (current.isPresent()) {
            throw new NotPermittedException("This referral's case worker is " + current.get().displayName()
                    + ". Only a manager can reassign it.");
        }
    }

    /** The referral's case worker when a probation officer or YOT worker answers for it; empty otherwise. */
    private Optional<StaffMember> caseWorkerTakenOn(ProgrammeReferral referral) {
        return staff.findByUsername(referral.caseWorker()).filter(DefaultReferralService::isCaseWorker);
    }

    private static boolean isCaseWorker(StaffMember member) {
        return member.roles().contains(Role.PROBATION) || member.roles().contains(Role.YOT);
    }

    @Override
    @RolesAllowed(ProgrammePermissions.CASE_WORK)
    public ReferralRecord.EnforcementItem resolveEnforcement(long actionId, long expectedVersion,
            ResolutionForm form) {
        Instant now = clock.instant();
        EnforcementAction action = enforcement.get(actionId);
        ProgrammeReferral referral = action.referral();
        if (!session.isCallerInRole(ProgrammePermissions.MANAGE) && !referral.caseWorker().equals(caller())) {
            throw new NotPermittedException("This referral's case worker is " + staff.displayName(referral.caseWorker())
                    + ". Only they or a manager can resolve its breach referrals and tasks.");
        }
        String what = action.kind().label().toLowerCase(Locale.UK) + " of " + UkDate.format(action.decidedOn()) + " for "
                + people.displayName(referral.personId()) + " (" + referral.programmeName() + ")";
        OptimisticLock.require(action.version(), expectedVersion, "The " + what);
        action.resolve(form.resolution(), form.resolvedOn(), caller(), UkDate.dayOf(now));
        unitOfWork.write("The " + what);
        audit.record(AuditAction.UPDATE, "EnforcementAction", String.valueOf(actionId), "Resolved the " + what
                + " on " + UkDate.format(action.resolvedOn()) + ": " + action.resolution(), null);
        return enforcementItem(action);
    }

    /** What a change did, for the audit trail, and what it means for a caution. */
    private record Changed(String summary, Optional<CautionConditionChange> caution) {
    }

    @FunctionalInterface
    private interface Change {
        Changed apply(ProgrammeReferral referral, LocalDate today, Instant now);
    }

    /** Applies one change to a referral as the user last read it, carries it to the caution, writes and audits it. */
    private ReferralView change(long referralId, long expectedVersion, Change change) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        ProgrammeReferral referral = referrals.get(referralId);
        String personName = people.displayName(referral.personId());
        String description = "The " + referral.programmeName() + " referral of " + personName;
        OptimisticLock.require(referral.version(), expectedVersion, description);
        Changed changed = change.apply(referral, today, now);
        unitOfWork.write(description);
        String cautionNote = programmeCautions.apply(changed.caution(), today, now).orElse(null);
        audit.record(AuditAction.UPDATE, REFERRAL, String.valueOf(referralId), changed.summary() + " for "
                + personName + " (" + referral.programmeName() + ")" + (cautionNote == null ? "" : ". " + cautionNote),
                null);
        return view(referral, cautionNote);
    }

    private ReferralView view(ProgrammeReferral referral, String cautionNote) {
        return ProgrammeMapping.referralView(referral, people.displayName(referral.personId()),
                progress(referral).map(CompletionProgress::summary).orElse(null), cautionNote);
    }

    /** How far the person has got, once the referral is for a catalogue programme. */
    private Optional<CompletionProgress> progress(ProgrammeReferral referral) {
        return referral.programme().map(programme -> programme.progress(
                AttendanceRecord.sessionsCovered(sessions.attendanceOf(referral))));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** A court order's referral names one of the person's own court cases, never someone else's or none. */
    private void requireOwnCourtCase(Person person, Long courtCaseId) {
        if (courtCaseId != null && disposals.courtCasesOf(person.id()).stream()
                .noneMatch(courtCase -> courtCase.id().equals(courtCaseId))) {
            throw new InvalidFieldException("courtCaseId", "Court case " + courtCaseId + " is not one of "
                    + person.displayName() + "'s court cases");
        }
    }
}
