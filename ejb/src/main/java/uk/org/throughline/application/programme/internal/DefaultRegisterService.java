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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.programme.DisclosureRaised;
import uk.org.throughline.application.programme.ProgrammePermissions;
import uk.org.throughline.application.programme.ProgrammeStarted;
import uk.org.throughline.application.programme.RegisterForm;
import uk.org.throughline.application.programme.RegisterService;
import uk.org.throughline.application.programme.RegisterView;
import uk.org.throughline.application.programme.SessionMissed;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.domain.model.attendance.AttendanceRecord;
import uk.org.throughline.domain.model.attendance.AttendanceRevision;
import uk.org.throughline.domain.model.attendance.Enforcement;
import uk.org.throughline.domain.model.attendance.EnforcementAction;
import uk.org.throughline.domain.model.attendance.ProgrammeSession;
import uk.org.throughline.domain.model.attendance.ProgrammeTimescales;
import uk.org.throughline.domain.model.attendance.RegisterLine;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.calendar.BankHolidays;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.model.programme.ReferralStatus;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.EnforcementRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.SessionRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Attendance registers. The cohort's own facilitators, managers and administrators mark them; whoever
 * may read every person on a register reads it (its facilitators, managers, probation and YOT for their
 * own people). Saving a register is one transaction: the marks, the enforcement each new failure to comply
 * leads to (with a caution's programme condition failed), and an audit row for every line.
 */
@Stateless
public class DefaultRegisterService implements RegisterService {

    private static final String ATTENDANCE = "AttendanceRecord";

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private SessionRepository sessions;

    @Inject
    private EnforcementRepository enforcement;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private PersonRepository people;

    @Inject
    private ProgrammeCautions programmeCautions;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private Event<ProgrammeStarted> programmeStarted;

    @Inject
    private Event<SessionMissed> sessionMissed;

    @Inject
    private Event<DisclosureRaised> disclosureRaised;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(ProgrammePermissions.WORK_WITH_REFERRALS)
    public RegisterView register(long sessionId) {
        ProgrammeSession session = sessions.get(sessionId);
        caseload.requireRead(ProgrammeAccess.peopleOf(session.register()));
        audit.record(AuditAction.VIEW, "ProgrammeSession", String.valueOf(sessionId), "Viewed the register of "
                + describe(session), null);
        return view(session, clock.instant(), List.of());
    }

    @Override
    @RolesAllowed(ProgrammePermissions.RUN_COHORTS)
    public RegisterView save(long sessionId, RegisterForm form) {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        String by = context.getCallerPrincipal().getName();
        ProgrammeSession session = sessions.get(sessionId);
        ProgrammeAccess.requireRuns(context, session.cohort(), "save its registers");
        session.requireGroupMayStart();
        String description = "The register of " + describe(session);
        OptimisticLock.require(session.version(), form.expectedVersion(), description);
        List<AttendanceRecord> newFailures = new ArrayList<>();
        List<ProgrammeReferral> started = new ArrayList<>();
        List<AttendanceRecord> newDisclosures = new ArrayList<>();
        List<AttendanceRecord> newsForPartnerContact = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            RegisterForm.Line line = form.lines().get(i);
            ProgrammeReferral participant = session.register().stream()
                    .filter(referral -> referral.id().equals(line.referralId()))
                    .findFirst()
                    .orElseThrow(() -> new BusinessException("Referral " + line.referralId() + " is not on the "
                            + "register of " + describe(session) + "."));
            ReferralStatus before = participant.status();
            ProgrammeSession.Marked marked;
            try {
                marked = session.record(participant, line.entry(), by, now);
            } catch (InvalidFieldException e) {
                // the field as the user sees it: on this line of the register
                throw new InvalidFieldException("lines[" + i + "]." + e.field(), e.getMessage());
            }
            if (marked.newFailure()) {
                newFailures.add(marked.record());
            }
            if (marked.newDisclosure()) {
                newDisclosures.add(marked.record());
            }
            if (marked.newsForPartnerContact()) {
                newsForPartnerContact.add(marked.record());
            }
            if (before != participant.status() && participant.status() == ReferralStatus.IN_PROGRESS) {
                started.add(participant);
            }
        }
        // written before enforcement is decided: a conflicting save is refused here, and the marks get their ids
        unitOfWork.write(description);
        List<String> actions = new ArrayList<>();
        for (AttendanceRecord record : session.attendance()) {
            auditLine(session, record, now);
            if (newDisclosures.contains(record)) {
                actions.add("Disclosure or concern raised for " + people.displayName(record.referral().personId())
                        + ": the case worker, the facilitators and the partner-contact worker are alerted.");
                disclosureRaised.fire(new DisclosureRaised(session.id(), record.id()));
            }
        }
        started.forEach(referral -> programmeStarted.fire(new ProgrammeStarted(referral.id(), session.sessionDate(), now)));
        newsForPartnerContact.forEach(record -> sessionMissed.fire(new SessionMissed(session.id(), record.id())));
        ProgrammeTimescales timescales = ProgrammeTimescales.from(System::getProperty);
        for (AttendanceRecord failure : newFailures) {
            List<EnforcementAction> earlier = enforcement.history(failure.referral());
            Enforcement.respondTo(failure, earlier, timescales, today, by, now).ifPresent(action -> {
                enforcement.add(action);
                String personName = people.displayName(failure.referral().personId());
                actions.add(action.kind().label() + " for " + personName + ": " + action.reason());
                programmeCautions.apply(action.cautionConditionChange(), today, now).ifPresent(actions::add);
                audit.record(AuditAction.CREATE, "EnforcementAction", null, action.kind().label() + " for "
                        + personName + " (" + failure.referral().programmeName() + "): " + action.reason(), null);
            });
        }
        unitOfWork.write(description);
        return view(session, now, actions);
    }

    /** Audits a line saved now: new, corrected (with the reason) or judged; lines left as they were are skipped. */
    private void auditLine(ProgrammeSession session, AttendanceRecord record, Instant now) {
        RegisterLine line = record.line();
        if (!line.recordedAt().equals(now)) {
            return;
        }
        AttendanceRevision replaced = record.revisions().isEmpty() ? null
                : record.revisions().get(record.revisions().size() - 1);
        boolean corrected = replaced != null && replaced.replacedAt().equals(now);
        String personName = people.displayName(record.referral().personId());
        audit.record(corrected ? AuditAction.UPDATE : AuditAction.CREATE, ATTENDANCE, String.valueOf(record.id()),
                (corrected ? "Corrected" : "Recorded") + " " + personName + " as \"" + line.describeMark() + "\" ("
                        + line.outcome() + ") at " + describe(session)
                        + (line.disclosureOrConcern() ? ", with a disclosure or concern" : ""),
                corrected ? replaced.correctionReason() : null);
    }

    private RegisterView view(ProgrammeSession session, Instant now, List<String> actions) {
        BankHolidays holidays = programmes.bankHolidays();
        ProgrammeTimescales timescales = ProgrammeTimescales.from(System::getProperty);
        Map<Long, String> names = people.displayNames(
                session.register().stream().map(ProgrammeReferral::personId).toList());
        List<RegisterView.Line> lines = session.register().stream().map(referral -> {
            String personName = names.get(referral.personId());
            return session.attendanceOf(referral)
                    .map(record -> {
                        RegisterLine line = record.line();
                        return new RegisterView.Line(referral.id(), referral.personId(), personName, line.mark(),
                                line.outcome(), line.failedToComply(), line.absenceReason(), line.engagementNotes(),
                                line.disclosureOrConcern(), line.recordedBy(), line.recordedAt(),
                                record.revisions().size(), record.evidenceDueBy(holidays, timescales).orElse(null));
                    })
                    .orElseGet(() -> new RegisterView.Line(referral.id(), referral.personId(), personName, null, null,
                            false, null, null, false, null, null, 0, null));
        }).toList();
        return new RegisterView(ProgrammeMapping.sessionView(session), session.hasStarted(now), lines, actions);
    }

    private static String describe(ProgrammeSession session) {
        return session.describe() + " of \"" + session.cohort().name() + "\"";
    }
}
