package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.org.throughline.domain.model.order.CivilOrder;
import uk.org.throughline.domain.model.order.OrderBreach;
import uk.org.throughline.domain.model.order.OrderType;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Order types, civil orders and their breaches. */
@ApplicationScoped
public class OrderRepository {

    /** The escape character of the address search's LIKE patterns. */
    private static final String LIKE_ESCAPE = "\\";

    /** Orders not discharged, which the callers then filter by their derived status. */
    private static final String OPEN = "o.dischargedOn IS NULL";

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    public List<OrderType> types() {
        return em.createQuery("SELECT t FROM OrderType t ORDER BY t.position", OrderType.class).getResultList();
    }

    public Optional<OrderType> findType(String code) {
        return Optional.ofNullable(em.find(OrderType.class, code));
    }

    /** Saves a new order with its conditions, and writes it at once for the ids. */
    public void add(CivilOrder order) {
        em.persist(order);
        em.flush();
    }

    /** @throws RecordNotFoundException if there is no such order */
    public CivilOrder get(long id) {
        CivilOrder order = em.find(CivilOrder.class, id);
        if (order == null) {
            throw new RecordNotFoundException("Order", id);
        }
        return order;
    }

    /** The full order made at the hearing the notice required, if one was recorded. */
    public Optional<CivilOrder> findFollowing(long noticeId) {
        return em.createQuery("SELECT o FROM CivilOrder o WHERE o.followsNoticeId = :noticeId", CivilOrder.class)
                .setParameter("noticeId", noticeId).getResultStream().findFirst();
    }

    public Optional<CivilOrder> findByCourtCase(long courtCaseId) {
        return em.createQuery("SELECT o FROM CivilOrder o WHERE o.courtCaseId = :courtCaseId", CivilOrder.class)
                .setParameter("courtCaseId", courtCaseId)
                .getResultStream()
                .findFirst();
    }

    /** Orders the person is the respondent to or protected by, newest first. */
    public List<CivilOrder> ordersOf(long personId) {
        return em.createQuery("SELECT DISTINCT o FROM CivilOrder o LEFT JOIN o.protectedPersons p "
                + "WHERE o.respondentId = :personId OR p.personId = :personId ORDER BY o.madeOn DESC, o.id DESC",
                CivilOrder.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** Orders not discharged whose expiry falls in the days given. */
    public List<CivilOrder> expiringBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o FROM CivilOrder o WHERE " + OPEN
                + " AND o.expiresOn BETWEEN :from AND :to ORDER BY o.expiresOn, o.id", CivilOrder.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Notices not discharged (the full-order hearing discharges them). */
    public List<CivilOrder> openNotices() {
        return em.createQuery("SELECT o FROM CivilOrder o WHERE " + OPEN
                + " AND o.type.notice = TRUE ORDER BY o.servedAt, o.id", CivilOrder.class)
                .getResultList();
    }

    public List<CivilOrder> unserved() {
        return em.createQuery("SELECT o FROM CivilOrder o WHERE " + OPEN
                + " AND o.servedAt IS NULL ORDER BY o.madeOn, o.id", CivilOrder.class)
                .getResultList();
    }

    /**
     * Up to {@code most} orders, newest first, neither discharged nor expired before {@code today}, with
     * a protected person's current address or an excluded address whose postcode starts with
     * {@code postcodePrefix} or whose first line contains {@code lineText} (either may be null;
     * lower-case text). Both are matched as typed: a "%" or "_" in them matches only itself.
     */
    public List<CivilOrder> withAddressLike(String postcodePrefix, String lineText, LocalDate today, int most) {
        String postcode = postcodePrefix == null ? "" : likeLiteral(postcodePrefix) + "%";
        String line = lineText == null ? "" : "%" + likeLiteral(lineText) + "%";
        String current = OPEN + " AND (o.expiresOn IS NULL OR o.expiresOn >= :today)";
        List<CivilOrder> byCondition = em.createQuery("SELECT DISTINCT o FROM CivilOrder o JOIN o.conditions c WHERE "
                + current + " AND c.removedOn IS NULL AND (c.postcode LIKE :postcode ESCAPE '" + LIKE_ESCAPE + "' "
                + "OR LOWER(c.addressLine) LIKE :line ESCAPE '" + LIKE_ESCAPE + "') ORDER BY o.id DESC",
                CivilOrder.class)
                .setParameter("today", today)
                .setParameter("postcode", postcode)
                .setParameter("line", line)
                .setMaxResults(most)
                .getResultList();
        List<CivilOrder> byProtected = em.createQuery("SELECT DISTINCT o FROM CivilOrder o JOIN o.protectedPersons p, "
                + "Address a WHERE " + current + " AND a.person.id = p.personId AND a.toDate IS NULL "
                + "AND (a.postcode LIKE :postcode ESCAPE '" + LIKE_ESCAPE + "' "
                + "OR LOWER(a.line1) LIKE :line ESCAPE '" + LIKE_ESCAPE + "') ORDER BY o.id DESC", CivilOrder.class)
                .setParameter("today", today)
                .setParameter("postcode", postcode)
                .setParameter("line", line)
                .setMaxResults(most)
                .getResultList();
        return Stream.concat(byCondition.stream(), byProtected.stream()).distinct()
                .sorted(Comparator.comparing(CivilOrder::id).reversed()).limit(most).toList();
    }

    /** The text for a LIKE pattern, its wildcards and the escape character escaped so that they match themselves. */
    private static String likeLiteral(String text) {
        return text.replace(LIKE_ESCAPE, LIKE_ESCAPE + LIKE_ESCAPE).replace("%", LIKE_ESCAPE + "%")
                .replace("_", LIKE_ESCAPE + "_");
    }

    public void addBreach(OrderBreach breach) {
        em.persist(breach);
        em.flush();
    }

    /** @throws RecordNotFoundException if the order has no such breach */
    public OrderBreach getBreach(long orderId, long breachId) {
        OrderBreach breach = em.find(OrderBreach.class, breachId);
        if (breach == null || breach.order().id() != orderId) {
            throw new RecordNotFoundException("Breach", breachId);
        }
        return breach;
    }

    /** The order's breaches, latest first. */
    public List<OrderBreach> breachesOf(long orderId) {
        return em.createQuery("SELECT b FROM OrderBreach b WHERE b.order.id = :orderId "
                + "ORDER BY b.occurredAt DESC, b.id DESC", OrderBreach.class)
                .setParameter("orderId", orderId)
                .getResultList();
    }

    /** Breaches of any order that happened since that instant, latest first. */
    public List<OrderBreach> breachesSince(Instant since) {
        return em.createQuery("SELECT b FROM OrderBreach b WHERE b.occurredAt >= :since "
                + "ORDER BY b.occurredAt DESC, b.id DESC", OrderBreach.class)
                .setParameter("since", since)
                .getResultList();
    }
}
