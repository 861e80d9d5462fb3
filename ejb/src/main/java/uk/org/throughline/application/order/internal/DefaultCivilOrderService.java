package uk.org.throughline.application.order.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.order.BreachView;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.NearbyOrders;
import uk.org.throughline.application.order.OrderBreached;
import uk.org.throughline.application.order.OrderForms.AdjournmentForm;
import uk.org.throughline.application.order.OrderForms.BreachForm;
import uk.org.throughline.application.order.OrderForms.BreachOutcomeForm;
import uk.org.throughline.application.order.OrderForms.ConditionEntry;
import uk.org.throughline.application.order.OrderForms.DischargeForm;
import uk.org.throughline.application.order.OrderForms.ExtensionForm;
import uk.org.throughline.application.order.OrderForms.OrderForm;
import uk.org.throughline.application.order.OrderForms.ProtectedPersonEntry;
import uk.org.throughline.application.order.OrderForms.ServiceForm;
import uk.org.throughline.application.order.OrderForms.VariationForm;
import uk.org.throughline.application.order.OrderPermissions;
import uk.org.throughline.application.order.OrderSummary;
import uk.org.throughline.application.order.OrderTypeView;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.application.order.OrderWorklistView;
import uk.org.throughline.application.shared.OptimisticLock;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.CourtHearing;
import uk.org.throughline.domain.model.disposal.Verdict;
import uk.org.throughline.domain.model.order.Applicant;
import uk.org.throughline.domain.model.order.BreachDetails;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderBreach;
import uk.org.throughline.domain.model.order.OrderStatus;
import uk.org.throughline.domain.model.order.OrderTerms;
import uk.org.throughline.domain.model.order.OrderType;
import uk.org.throughline.domain.model.order.Postcodes;
import uk.org.throughline.domain.model.order.ProtectedPerson;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;
import uk.org.throughline.domain.shared.Settings;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.DisposalRepository;
import uk.org.throughline.infrastructure.persistence.OrderRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.ProgrammeRepository;
import uk.org.throughline.infrastructure.persistence.UnitOfWork;

/**
 * Civil orders and breaches. Police and admin record; every role reads, and perpetrator-facing
 * roles (probation, YOT, facilitators) never get a protected person's name or address, nor an
 * excluded address that is a victim's, nor police's wording unless marked shareable. One transaction
 * per method, with its audit row.
 */
@Stateless
public class DefaultCivilOrderService implements CivilOrderService {

    private static final String ORDER = "CivilOrder";
    private static final String BREACH = "OrderBreach";
    private static final String RESTRAINING_ON_CONVICTION = "RESTRAINING_CONVICTION";
    private static final String RESTRAINING_ON_ACQUITTAL = "RESTRAINING_ACQUITTAL";

    @Inject
    private Clock clock;

    @Inject
    private OrderRepository orders;

    @Inject
    private PersonRepository people;

    @Inject
    private DisposalRepository disposals;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Resource
    private SessionContext session;

    @Inject
    private Event<OrderBreached> breached;

    @Override
    @RolesAllowed(OrderPermissions.READ)
    public List<OrderTypeView> orderTypes() {
        return orders.types().stream().map(OrderMapping::typeView).toList();
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderView create(OrderForm form) {
        Instant now = clock.instant();
        OrderType type = orders.findType(form.orderType())
                .orElseThrow(() -> new InvalidFieldException("orderType", "Select one of the order types"));
        Person respondent = activePerson(form.respondentId(), "respondentId", "The respondent");
        form.protectedPersons().forEach(entry -> activePerson(entry.personId(), "protectedPersons", "A protected person"));
        if (form.courtCaseId() != null) {
            checkCourtCase(form, type.code());
        }
        List<ProtectedPerson> protectedPersons = form.protectedPersons().stream()
                .map(entry -> new ProtectedPerson(entry.personId(), entry.role())).toList();
        OrderTerms terms = new OrderTerms(form.applicant(), form.court(), form.caseNumber(), form.courtCaseId(),
                form.madeOn(), form.expiresOn(), form.durationReason(), form.powerOfArrest(), protectedPersons,
                OrderMapping.conditions(form.conditions(), "conditions"));
        CivilOrder order = new CivilOrder(type, respondent.id(), respondent.dateOfBirth(), terms,
                UkDate.dayOf(now), caller(), now);
        CivilOrder notice = form.followsNoticeId() == null ? null : noticeFollowedBy(order, form.followsNoticeId(), now);
        orders.add(order);
        audit.record(AuditAction.CREATE, ORDER, String.valueOf(order.id()), "Recorded the " + type.name()
                + " against " + respondent.displayName() + " made on " + UkDate.format(order.madeOn())
                + (notice == null ? "" : ", following the " + notice.type().name() + " (order " + notice.id() + ")"),
                null);
        return toView(order, now);
    }

    /** The notice the new order follows, which ends the day the order is made; it has no full order yet. */
    private CivilOrder noticeFollowedBy(CivilOrder order, long noticeId, Instant now) {
        CivilOrder notice = orders.get(noticeId);
        orders.findFollowing(noticeId).ifPresent(existing -> {
            throw new InvalidFieldException("followsNoticeId", "The notice's full order is already recorded (order "
                    + existing.id() + ")");
        });
        order.follow(notice, caller(), now);
        return notice;
    }

    private Person activePerson(long personId, String field, String who) {
        return people.find(personId).filter(person -> !person.isRetired())
                .orElseThrow(() -> new InvalidFieldException(field, who + " (person " + personId
                        + ") is not on the index, or was merged into another record: choose them again"));
    }

    /** A restraining order linked to a court case is the one the case recorded: same defendant, day and kind. */
    private void checkCourtCase(OrderForm form, String typeCode) {
        CourtCase courtCase = disposals.getCourtCase(form.courtCaseId());
        if (courtCase.restrainingOrderMadeOn() == null) {
            throw new InvalidFieldException("courtCaseId", "The court case records no restraining order: "
                    + "record on the court case that one was made first");
        }
        orders.findByCourtCase(courtCase.id()).ifPresent(existing -> {
            throw new InvalidFieldException("courtCaseId", "The court case's restraining order is already recorded (order "
                    + existing.id() + ")");
        });
        if (courtCase.personId() != form.respondentId()) {
            throw new InvalidFieldException("respondentId", "The respondent must be the defendant in the court case");
        }
        if (!courtCase.restrainingOrderMadeOn().equals(form.madeOn())) {
            throw new InvalidFieldException("madeOn", "The court case records the restraining order as made on "
                    + UkDate.format(courtCase.restrainingOrderMadeOn()));
        }
        if (!restrainingTypeOf(courtCase).equals(typeCode)) {
            throw new InvalidFieldException("orderType", courtCase.verdict() == Verdict.GUILTY
                    ? "The defendant was convicted: the order is a restraining order on conviction"
                    : "The defendant was not convicted: the order is a restraining order on acquittal");
        }
    }

    private static String restrainingTypeOf(CourtCase courtCase) {
        return courtCase.verdict() == Verdict.GUILTY ? RESTRAINING_ON_CONVICTION : RESTRAINING_ON_ACQUITTAL;
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderForm draftFromCourtCase(long courtCaseId) {
        CourtCase courtCase = disposals.getCourtCase(courtCaseId);
        caseload.requireRead(courtCase.personId());
        if (courtCase.restrainingOrderMadeOn() == null) {
            throw new BusinessException("The court case records no restraining order made.");
        }
        orders.findByCourtCase(courtCaseId).ifPresent(existing -> {
            throw new BusinessException("The court case's restraining order is already recorded (order "
                    + existing.id() + ").");
        });
        List<CourtHearing> hearings = courtCase.hearings();
        String court = hearings.isEmpty() ? null : hearings.get(hearings.size() - 1).court();
        audit.record(AuditAction.VIEW, "CourtCase", String.valueOf(courtCaseId),
                "Read the court case of " + people.displayName(courtCase.personId()) + " to record its restraining order",
                null);
        return new OrderForm(restrainingTypeOf(courtCase), courtCase.personId(), Applicant.PROSECUTION, court, null,
                courtCaseId, null, courtCase.restrainingOrderMadeOn(), null, null, false, List.of(), List.of());
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderForm draftFromNotice(long noticeId) {
        CivilOrder notice = orders.get(noticeId);
        caseload.requireRead(notice.respondentId());
        OrderType type = orders.types().stream().filter(candidate -> candidate.follows(notice.type())).findFirst()
                .orElseThrow(() -> new BusinessException("No full order follows a " + notice.type().name().toLowerCase()
                        + "."));
        orders.findFollowing(noticeId).ifPresent(existing -> {
            throw new BusinessException("The notice's full order is already recorded (order " + existing.id() + ").");
        });
        audit.record(AuditAction.VIEW, ORDER, String.valueOf(noticeId), "Read the " + notice.type().name()
                + " against " + people.displayName(notice.respondentId()) + " to record the order that follows it",
                null);
        LocalDate today = UkDate.today(clock);
        List<ProtectedPersonEntry> protectedPersons = notice.protectedPersons().stream()
                .map(person -> new ProtectedPersonEntry(person.personId(), person.role())).toList();
        List<ConditionEntry> conditions = notice.conditions().stream().filter(condition -> condition.isActiveOn(today))
                .map(condition -> new ConditionEntry(condition.kind(), condition.detail().text(),
                        condition.detail().shareable(), condition.metres(), condition.addressLine(), condition.town(),
                        condition.postcode(), condition.victimsAddress()))
                .toList();
        return new OrderForm(type.code(), notice.respondentId(), Applicant.POLICE, null, null, null, noticeId, today,
                null, null, false, protectedPersons, conditions);
    }

    @Override
    @RolesAllowed(OrderPermissions.READ)
    public OrderView view(long orderId) {
        CivilOrder order = orders.get(orderId);
        caseload.requireRead(order.respondentId());
        audit.record(AuditAction.VIEW, ORDER, String.valueOf(orderId), "Viewed the " + order.type().name()
                + " against " + people.displayName(order.respondentId()), null);
        return toView(order, clock.instant());
    }

    @Override
    @RolesAllowed(OrderPermissions.READ)
    public List<OrderSummary> ordersOf(long personId) {
        caseload.requireRead(personId);
        List<CivilOrder> found = orders.ordersOf(personId);
        audit.record(AuditAction.VIEW, "Person", String.valueOf(personId), "Listed the civil orders of "
                + people.displayName(personId) + " (" + found.size() + ")", null);
        return summaries(found, order -> partOf(order, personId));
    }

    private static String partOf(CivilOrder order, long personId) {
        return order.respondentId() == personId ? "Respondent" : "Protected person";
    }

    @Override
    @RolesAllowed(OrderPermissions.READ)
    public List<OrderSummary> bannerFor(long personId) {
        caseload.requireRead(personId);
        Instant now = clock.instant();
        List<CivilOrder> current = orders.ordersOf(personId).stream()
                .filter(order -> isCurrent(order, now)).toList();
        if (!current.isEmpty()) {
            audit.record(AuditAction.VIEW, "Person", String.valueOf(personId), "Shown the orders in force for "
                    + people.displayName(personId) + " (" + current.size() + ")", null);
        }
        return summaries(current, order -> partOf(order, personId));
    }

    private static boolean isCurrent(CivilOrder order, Instant now) {
        OrderStatus status = order.statusAt(now);
        return status == OrderStatus.IN_FORCE || status == OrderStatus.AWAITING_SERVICE;
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderView serve(long orderId, long expectedVersion, ServiceForm form) {
        return change(orderId, expectedVersion, (order, now) -> {
            order.serve(form.servedAt(), programmes.bankHolidays(), caller(), now);
            return "Recorded service of";
        });
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderView vary(long orderId, long expectedVersion, VariationForm form) {
        return change(orderId, expectedVersion, (order, now) -> {
            order.vary(form.variedOn(), new PoliceText(form.description(), form.descriptionShareable()),
                    OrderMapping.conditions(form.addedConditions(), "addedConditions"), form.removedConditionIds(),
                    caller(), now);
            return "Recorded a variation (" + UkDate.format(form.variedOn()) + ") of";
        });
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderView extend(long orderId, long expectedVersion, ExtensionForm form) {
        return change(orderId, expectedVersion, (order, now) -> {
            order.extend(form.extendedOn(), form.expiresOn(), form.durationReason(), caller(), now);
            return "Recorded an extension to " + UkDate.format(form.expiresOn()) + " of";
        });
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderView discharge(long orderId, long expectedVersion, DischargeForm form) {
        return change(orderId, expectedVersion, (order, now) -> {
            order.discharge(form.dischargedOn(), form.reason(), caller(), now);
            return "Recorded the discharge (" + UkDate.format(form.dischargedOn()) + ") of";
        });
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderView adjournHearing(long orderId, long expectedVersion, AdjournmentForm form) {
        return change(orderId, expectedVersion, (order, now) -> {
            order.adjournHearing(form.adjournedOn(), form.adjournedTo(), form.reason(), caller(), now);
            return "Recorded the adjournment (" + UkDate.format(form.adjournedOn()) + ") of the hearing for";
        });
    }

    /**
     * Applies one change to an order as the user last read it, writes it and audits it.
     *
     * @param change makes the change and says what it was, for the audit trail ("Recorded service of")
     */
    private OrderView change(long orderId, long expectedVersion, BiFunction<CivilOrder, Instant, String> change) {
        Instant now = clock.instant();
        CivilOrder order = orders.get(orderId);
        String description = "The " + order.type().name() + " against " + people.displayName(order.respondentId());
        OptimisticLock.require(order.version(), expectedVersion, description);
        String summary = change.apply(order, now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, ORDER, String.valueOf(orderId), summary + " " + description.substring(0, 1)
                .toLowerCase(Locale.UK) + description.substring(1), null);
        return toView(order, now);
    }

    /** The one place a breach is recorded; it fires {@link OrderBreached}, which raises the alerts in this transaction. */
    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public BreachView recordBreach(long orderId, BreachForm form) {
        Instant now = clock.instant();
        CivilOrder order = orders.get(orderId);
        OrderBreach breach = new OrderBreach(order, new BreachDetails(form.occurredAt(), form.conditionId(),
                form.whatHappened(), form.reportedBy(), form.accountShareable(), form.policeAction(),
                form.actionDetail(), form.route(), form.outcome(), form.incidentId()), caller(), now);
        orders.addBreach(breach);
        audit.record(AuditAction.CREATE, BREACH, String.valueOf(breach.id()), "Recorded a breach of the "
                + order.type().name() + " against " + people.displayName(order.respondentId()) + " ("
                + breach.policeAction().label().toLowerCase(Locale.UK) + ")", null);
        breached.fire(new OrderBreached(order.id(), breach.id()));
        return OrderMapping.breachView(breach, reader());
    }

    @Override
    @RolesAllowed(OrderPermissions.READ)
    public List<BreachView> breaches(long orderId) {
        CivilOrder order = orders.get(orderId);
        caseload.requireRead(order.respondentId());
        audit.record(AuditAction.VIEW, ORDER, String.valueOf(orderId), "Listed the breaches of the "
                + order.type().name() + " against " + people.displayName(order.respondentId()), null);
        return breachViews(orderId);
    }

    @Override
    @RolesAllowed(OrderPermissions.READ)
    public BreachView breach(long orderId, long breachId) {
        OrderBreach breach = orders.getBreach(orderId, breachId);
        caseload.requireRead(breach.order().respondentId());
        audit.record(AuditAction.VIEW, BREACH, String.valueOf(breachId), "Viewed a breach of the "
                + breach.order().type().name() + " against " + people.displayName(breach.order().respondentId()), null);
        return OrderMapping.breachView(breach, reader());
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public BreachView recordBreachOutcome(long orderId, long breachId, long expectedVersion, BreachOutcomeForm form) {
        Instant now = clock.instant();
        OrderBreach breach = orders.getBreach(orderId, breachId);
        String description = "The breach of " + UkDate.format(UkDate.dayOf(breach.occurredAt()));
        OptimisticLock.require(breach.version(), expectedVersion, description);
        breach.recordOutcome(form.outcome(), now);
        unitOfWork.write(description);
        audit.record(AuditAction.UPDATE, BREACH, String.valueOf(breachId), "Recorded the outcome of the breach of the "
                + breach.order().type().name() + " against " + people.displayName(breach.order().respondentId()), null);
        return OrderMapping.breachView(breach, reader());
    }

    @Override
    @RolesAllowed(OrderPermissions.RECORD)
    public OrderWorklistView worklist() {
        Instant now = clock.instant();
        LocalDate today = UkDate.dayOf(now);
        int expiryDays = Settings.number(System::getProperty, "throughline.orders.expiry-days", 14);
        List<CivilOrder> awaitingHearing = orders.openNotices().stream()
                .filter(order -> order.statusAt(now) == OrderStatus.IN_FORCE).toList();
        List<CivilOrder> notServed = orders.unserved().stream()
                .filter(order -> order.statusAt(now) == OrderStatus.AWAITING_SERVICE).toList();
        List<CivilOrder> expiring = orders.expiringBetween(today, today.plusDays(expiryDays));
        Instant weekAgo = now.minus(Duration.ofDays(7));
        List<BreachView> breaches = orders.breachesSince(weekAgo).stream()
                .map(breach -> OrderMapping.breachView(breach, reader())).toList();
        audit.record(AuditAction.VIEW, ORDER, null, "Viewed the civil-order worklist", null);
        return new OrderWorklistView(
                summaries(awaitingHearing, order -> null),
                summaries(notServed, order -> "Made " + UkDate.format(order.madeOn())),
                summaries(expiring, order -> "Expires " + UkDate.format(order.expiresOn())),
                breaches, expiryDays);
    }

    @Override
    @RolesAllowed(OrderPermissions.SEARCH_NEAR_ADDRESS)
    public NearbyOrders inForceNear(String postcode, String addressText) {
        String normalised = Postcodes.normaliseForSearch(postcode, "postcode");
        String text = addressText == null || addressText.isBlank() ? null : addressText.strip().toLowerCase(Locale.UK);
        if (text != null && text.length() < NearbyOrders.SHORTEST_ADDRESS) {
            throw new InvalidFieldException("address", "Enter at least " + NearbyOrders.SHORTEST_ADDRESS
                    + " characters of the address");
        }
        if (normalised == null && text == null) {
            throw new InvalidFieldException("postcode", "Enter a postcode (at least its sector, such as NN1 4) or "
                    + "part of the address");
        }
        Instant now = clock.instant();
        String sector = normalised == null ? null : Postcodes.sector(normalised);
        List<CivilOrder> found = orders.withAddressLike(sector, text, UkDate.today(clock), NearbyOrders.MOST + 1)
                .stream().filter(order -> isCurrent(order, now)).toList();
        List<CivilOrder> shown = found.stream().limit(NearbyOrders.MOST).toList();
        boolean truncated = found.size() > shown.size();
        audit.record(AuditAction.SEARCH, ORDER, null, "Searched for orders in force near "
                + (normalised == null ? "\"" + addressText.strip() + "\"" : normalised
                        + (text == null ? "" : " / \"" + addressText.strip() + "\"")) + " (" + shown.size()
                + (truncated ? " shown, more not" : " found") + ")", null);
        return new NearbyOrders(summaries(shown, order -> matchNote(order, normalised, text)), truncated);
    }

    /** Why an order matched the address search: which address, and whether the postcode matched exactly or by sector. */
    private String matchNote(CivilOrder order, String postcode, String text) {
        LocalDate today = UkDate.today(clock);
        Set<String> notes = new LinkedHashSet<>();
        order.conditions().stream().filter(condition -> condition.removedOn() == null && condition.addressLine() != null)
                .forEach(condition -> addressNote(condition.addressLine() + ", " + condition.town(), condition.postcode(),
                        postcode, text, "Excluded address").ifPresent(notes::add));
        order.protectedPersons().forEach(protectedPerson -> people.get(protectedPerson.personId()).addressOn(today)
                .flatMap(address -> addressNote(address.line1() + ", " + address.town(), address.postcode(), postcode,
                        text, "Protected person's address"))
                .ifPresent(notes::add));
        return String.join("; ", notes);
    }

    private static Optional<String> addressNote(String address, String addressPostcode, String postcode,
            String text, String what) {
        boolean textMatches = text != null && address.toLowerCase(Locale.UK).contains(text);
        boolean samePostcode = postcode != null && postcode.equals(addressPostcode);
        boolean sameSector = postcode != null && addressPostcode != null
                && Postcodes.sector(addressPostcode).equals(Postcodes.sector(postcode));
        if (!textMatches && !sameSector) {
            return Optional.empty();
        }
        String where = addressPostcode == null ? address : address + " " + addressPostcode;
        return Optional.of(what + ": " + where + (samePostcode || textMatches ? "" : " (same postcode sector)"));
    }

    private List<OrderSummary> summaries(List<CivilOrder> list, Function<CivilOrder, String> note) {
        Instant now = clock.instant();
        Reader reader = reader();
        Map<Long, String> names = people.displayNames(list.stream().flatMap(order -> OrderMapping.personIds(order).stream()).toList());
        return list.stream().map(order -> OrderMapping.summary(order, names, reader, note.apply(order), now)).toList();
    }

    private OrderView toView(CivilOrder order, Instant now) {
        Reader reader = reader();
        Map<Long, String> names = people.displayNames(OrderMapping.personIds(order));
        Map<Long, String> addresses = new HashMap<>();
        if (reader == Reader.VICTIM_FACING) {
            LocalDate today = UkDate.dayOf(now);
            order.protectedPersons().forEach(protectedPerson -> people.get(protectedPerson.personId()).addressOn(today)
                    .ifPresent(address -> addresses.put(protectedPerson.personId(), address.line1() + ", "
                            + address.town() + (address.postcode() == null ? "" : " " + address.postcode()))));
        }
        Long followedBy = order.type().isNotice() ? orders.findFollowing(order.id()).map(CivilOrder::id).orElse(null)
                : null;
        return OrderMapping.view(order, names, addresses, reader, breachViews(order.id()), followedBy, now);
    }

    private List<BreachView> breachViews(long orderId) {
        Reader reader = reader();
        return orders.breachesOf(orderId).stream().map(breach -> OrderMapping.breachView(breach, reader)).toList();
    }

    /**
     * Victims' names and addresses, and police's wording as typed: police, admin, partner-contact workers and
     * managers; never perpetrator-facing roles, who read only the wording police marked shareable.
     */
    private Reader reader() {
        return VictimAccess.textReader(session);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
