package uk.org.throughline.application.caseload.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.org.throughline.application.alert.internal.Alerts;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.AccessForReasonView;
import uk.org.throughline.application.caseload.AllocationView;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.caseload.CaseloadEntry;
import uk.org.throughline.application.caseload.CaseloadForms.AllocationForm;
import uk.org.throughline.application.caseload.CaseloadForms.ReasonForm;
import uk.org.throughline.application.caseload.CaseloadForms.RestrictionForm;
import uk.org.throughline.application.caseload.CaseloadPermissions;
import uk.org.throughline.application.caseload.OutsideCaseloadException;
import uk.org.throughline.application.caseload.PersonAccessView;
import uk.org.throughline.application.caseload.RestrictionView;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.alert.AlertKind;
import uk.org.throughline.domain.model.alert.Recipient;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caseload.AccessForReason;
import uk.org.throughline.domain.model.caseload.CaseloadRule;
import uk.org.throughline.domain.model.caseload.OffenderManagerAllocation;
import uk.org.throughline.domain.model.caseload.PersonAccess;
import uk.org.throughline.domain.model.caseload.PersonRestriction;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.domain.shared.Settings;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CaseloadRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Need to know, decided in one place. Every service that reads a person's records asks {@link #requireRead}
 * first; lists and searches ask {@link #accessTo(Collection)} and show the rest by name only.
 */
@Stateless
public class DefaultCaseloadAccess implements CaseloadAccess {

    private static final String RECORD_TYPE = "Person";

    @Inject
    private Clock clock;

    @Inject
    private CaseloadRepository caseloads;

    @Inject
    private PersonRepository people;

    @Inject
    private StaffRepository staff;

    @Inject
    private Alerts alerts;

    @EJB
    private AuditTrail audit;

    @EJB
    private RefusedReads refusals;

    @Resource
    private SessionContext caller;

    @Override
    @PermitAll
    public PersonAccessView describe(long personId) {
        Person person = people.getActive(personId);
        PersonAccess access = accessTo(personId);
        if (access == PersonAccess.RESTRICTED) {
            return new PersonAccessView(personId, null, null, access);
        }
        return new PersonAccessView(personId, person.displayName(),
                person.dateOfBirth() == null ? null : person.dateOfBirth().getYear(), access);
    }

    @Override
    @PermitAll
    public PersonAccess accessTo(long personId) {
        return accessTo(List.of(personId)).get(personId);
    }

    @Override
    @PermitAll
    public Map<Long, PersonAccess> accessTo(Collection<Long> personIds) {
        String username = username();
        boolean readsEveryone = caller.isCallerInRole(CaseloadPermissions.READ_EVERYONE);
        Map<Long, List<PersonRestriction>> restrictions = caseloads.restrictionsInForce(personIds).stream()
                .collect(Collectors.groupingBy(PersonRestriction::personId));
        Set<Long> onCaseload = readsEveryone ? Set.of()
                : caseloads.onCaseloadAmong(username, personIds, UkDate.today(clock));
        Set<Long> opened = readsEveryone ? Set.of()
                : caseloads.openedForReasonAmong(username, personIds, clock.instant());
        return personIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> CaseloadRule.accessOf(username, readsEveryone, restrictions.getOrDefault(id, List.of()),
                        onCaseload.contains(id), opened.contains(id)),
                (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    @PermitAll
    public PersonAccess requireRead(long personId) {
        PersonAccess access = accessTo(personId);
        refuseUnlessReadable(personId, access);
        return access;
    }

    private void refuseUnlessReadable(long personId, PersonAccess access) {
        if (!access.mayRead()) {
            recordRefusal(personId, access);
            throw new OutsideCaseloadException(personId, access == PersonAccess.RESTRICTED);
        }
    }

    @Override
    @PermitAll
    public void requireReadAboutVictimOfTheirMan(long personId) {
        PersonAccess access = accessTo(personId);
        if (access != PersonAccess.OFF_CASELOAD
                || !caseloads.isVictimOfSomeoneOnCaseload(username(), personId, UkDate.today(clock))) {
            refuseUnlessReadable(personId, access);
        }
    }

    @Override
    @PermitAll
    public void requireRead(Collection<Long> personIds) {
        Map<Long, PersonAccess> refused = accessTo(personIds).entrySet().stream()
                .filter(entry -> !entry.getValue().mayRead())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (!refused.isEmpty()) {
            refused.forEach(this::recordRefusal);
            throw OutsideCaseloadException.amongOthers(refused.keySet().iterator().next(),
                    refused.containsValue(PersonAccess.RESTRICTED));
        }
    }

    private void recordRefusal(long personId, PersonAccess access) {
        refusals.record(personId, access == PersonAccess.RESTRICTED ? "Refused: the record is restricted"
                : "Refused: not on the caseload and no reason given");
    }

    @Override
    @RolesAllowed(CaseloadPermissions.OPEN_FOR_REASON)
    public void openForReason(long personId, ReasonForm form) {
        String personName = people.getActive(personId).displayName();
        PersonAccess access = accessTo(personId);
        if (access == PersonAccess.RESTRICTED) {
            refuseUnlessReadable(personId, access);
        }
        Instant now = clock.instant();
        String username = username();
        caseloads.add(new AccessForReason(username, personId, form.reason(), now, lasting()));
        audit.record(AuditAction.OPENED_FOR_REASON, RECORD_TYPE, String.valueOf(personId),
                "Opened the records of " + personName + ", not on the caseload", form.reason());
        String workerName = staff.getByUsername(username).displayName();
        List<String> managers = caseloads.managersOf(username);
        List<Recipient> to = managers.isEmpty() ? List.of(Recipient.queue(Role.MANAGER))
                : managers.stream().map(Recipient::worker).toList();
        alerts.raise(AlertKind.OPENED_OUTSIDE_CASELOAD, to, personId, RECORD_TYPE, personId,
                workerName + " opened the records of " + personName + ", who is not on their caseload. Reason given: "
                        + form.reason(), null);
    }

    /** How long a record opened for a reason stays open: a working day unless configured. */
    private static Duration lasting() {
        return Duration.ofHours(Settings.number(System::getProperty, "throughline.caseload.reason-hours", 8));
    }

    @Override
    @PermitAll
    public List<CaseloadEntry> caseloadOf(String username) {
        String caller = username();
        String worker = StaffMember.normaliseUsername(username);
        boolean mayRead = worker.equals(caller) || isAdmin()
                || caller(Role.MANAGER) && caseloads.membersManagedBy(caller).contains(worker);
        if (!mayRead) {
            throw new NotPermittedException("Only their own managers may read another worker's caseload.");
        }
        List<Long> ids = caseloads.caseloadOf(worker, UkDate.today(clock));
        Map<Long, String> names = people.displayNames(ids);
        audit.record(AuditAction.VIEW, "Caseload", worker, "Read the caseload of " + worker + " (" + ids.size()
                + " people)", null);
        return ids.stream().map(id -> new CaseloadEntry(id, names.get(id)))
                .sorted(Comparator.comparing(CaseloadEntry::displayName)).toList();
    }

    @Override
    @PermitAll
    public List<StaffView> teamMembers() {
        Set<String> members = caseloads.membersManagedBy(username());
        return staff.activeWithAnyRole(EnumSet.of(Role.PROBATION, Role.YOT, Role.PROGRAMME_FACILITATOR,
                        Role.PARTNER_CONTACT)).stream()
                .filter(member -> isAdmin() || members.contains(member.username()))
                .map(StaffView::of)
                .toList();
    }

    private boolean isAdmin() {
        return caller(Role.ADMIN);
    }

    private boolean caller(Role role) {
        return caller.isCallerInRole(role.name());
    }

    @Override
    @PermitAll
    public List<AllocationView> allocations(long personId) {
        requireRead(personId);
        List<OffenderManagerAllocation> allocations = caseloads.allocationsOf(personId);
        Map<String, String> names = displayNames(allocations.stream().map(OffenderManagerAllocation::username));
        return allocations.stream().map(a -> new AllocationView(a.id(), a.username(), names.get(a.username()),
                a.allocatedFrom(), a.allocatedTo(), a.allocatedBy())).toList();
    }

    @Override
    @RolesAllowed(CaseloadPermissions.ALLOCATE)
    public AllocationView allocate(long personId, AllocationForm form) {
        String personName = people.getActive(personId).displayName();
        StaffMember manager = staff.findByUsername(form.offenderManager())
                .filter(StaffMember::isActive)
                .filter(member -> member.roles().contains(Role.PROBATION) || member.roles().contains(Role.YOT))
                .orElseThrow(() -> new InvalidFieldException("offenderManager",
                        "Select a probation officer or YOT worker with an active account"));
        caseloads.openAllocationOf(personId).ifPresent(current -> {
            if (current.username().equals(manager.username())) {
                throw new InvalidFieldException("offenderManager", personName + " is already allocated to "
                        + manager.displayName());
            }
            current.end(form.allocatedFrom().minusDays(1), username());
        });
        OffenderManagerAllocation allocation = new OffenderManagerAllocation(personId, manager.username(),
                form.allocatedFrom(), username(), clock.instant());
        caseloads.add(allocation);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(personId), "Allocated " + personName
                + " to " + manager.displayName() + " from " + UkDate.format(form.allocatedFrom()), null);
        return new AllocationView(allocation.id(), manager.username(), manager.displayName(),
                allocation.allocatedFrom(), null, allocation.allocatedBy());
    }

    @Override
    @RolesAllowed(CaseloadPermissions.ALLOCATE)
    public List<StaffView> offenderManagers() {
        return staff.activeWithAnyRole(EnumSet.of(Role.PROBATION, Role.YOT)).stream().map(StaffView::of).toList();
    }

    @Override
    @RolesAllowed(CaseloadPermissions.RESTRICT)
    public List<RestrictionView> restrictions(long personId) {
        people.getActive(personId);
        return caseloads.restrictionsInForce(List.of(personId)).stream().map(DefaultCaseloadAccess::view).toList();
    }

    @Override
    @RolesAllowed(CaseloadPermissions.RESTRICT)
    public RestrictionView restrict(long personId, RestrictionForm form) {
        String personName = people.getActive(personId).displayName();
        StaffMember member = staff.findByUsername(form.username())
                .orElseThrow(() -> new InvalidFieldException("username", "There is no member of staff called "
                        + form.username()));
        PersonRestriction restriction = new PersonRestriction(personId, form.kind(), member.username(), form.reason(),
                username(), clock.instant());
        caseloads.add(restriction);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(personId), "Record of " + personName + ": "
                + form.kind().label().toLowerCase() + " " + member.username(), form.reason());
        return view(restriction);
    }

    @Override
    @RolesAllowed(CaseloadPermissions.RESTRICT)
    public void liftRestriction(long restrictionId, long expectedVersion) {
        PersonRestriction restriction = caseloads.restriction(restrictionId);
        OptimisticLock.require(restriction.version(), expectedVersion, "restriction");
        restriction.lift(username(), clock.instant());
        audit.record(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(restriction.personId()), "Lifted: "
                + restriction.kind().label().toLowerCase() + " " + restriction.username(), null);
    }

    @Override
    @RolesAllowed(CaseloadPermissions.REPORT)
    public List<AccessForReasonView> openedOutsideCaseloads(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "The last day must be on or after the first day");
        }
        Collection<String> whose = isAdmin() ? null
                : caseloads.membersManagedBy(username());
        List<AccessForReason> opened = caseloads.openedForReason(whose, UkDate.instant(from.atStartOfDay()),
                UkDate.instant(to.plusDays(1).atStartOfDay()));
        Map<String, String> workers = displayNames(opened.stream().map(AccessForReason::username));
        Map<Long, String> persons = people.displayNames(opened.stream().map(AccessForReason::personId)
                .collect(Collectors.toSet()));
        audit.record(AuditAction.VIEW, "AccessOutsideCaseload", null, "Read the report of records opened outside "
                + "caseloads, " + UkDate.format(from) + " to " + UkDate.format(to) + ": " + opened.size() + " rows", null);
        return opened.stream().map(a -> new AccessForReasonView(a.id(), a.username(), workers.get(a.username()),
                a.personId(), persons.get(a.personId()), a.reason(), a.openedAt(), a.lapsesAt())).toList();
    }

    private Map<String, String> displayNames(Stream<String> usernames) {
        return usernames.distinct().collect(Collectors.toMap(Function.identity(),
                name -> staff.findByUsername(name).map(StaffMember::displayName).orElse(name)));
    }

    private static RestrictionView view(PersonRestriction r) {
        return new RestrictionView(r.id(), r.version(), r.personId(), r.kind(), r.username(), r.reason(),
                r.recordedBy(), r.recordedAt());
    }

    private String username() {
        return caller.getCallerPrincipal().getName();
    }
}
