package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.domain.model.victim.ParentGroup;
import uk.org.throughline.domain.model.victim.ParentGroupSession;
import uk.org.throughline.domain.model.victim.PartnerContactPlan;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** YUVA parent groups, their sessions and registers. */
@ApplicationScoped
public class ParentGroupRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    public void add(ParentGroup group) {
        em.persist(group);
        em.flush();
    }

    public void addSession(ParentGroupSession session) {
        em.persist(session);
        em.flush();
    }

    /** @throws RecordNotFoundException if there is no such group */
    public ParentGroup get(long id) {
        ParentGroup group = em.find(ParentGroup.class, id);
        if (group == null) {
            throw new RecordNotFoundException("Parent group", id);
        }
        return group;
    }

    /** @throws RecordNotFoundException if there is no such session */
    public ParentGroupSession getSession(long id) {
        ParentGroupSession session = em.find(ParentGroupSession.class, id);
        if (session == null) {
            throw new RecordNotFoundException("Parent group session", id);
        }
        return session;
    }

    public List<ParentGroup> all() {
        return em.createQuery("SELECT g FROM ParentGroup g ORDER BY g.name", ParentGroup.class).getResultList();
    }

    /** The group's sessions, earliest first. */
    public List<ParentGroupSession> sessionsOf(ParentGroup group) {
        return em.createQuery("SELECT s FROM ParentGroupSession s WHERE s.group = :group "
                + "ORDER BY s.sessionDate, s.startTime", ParentGroupSession.class)
                .setParameter("group", group)
                .getResultList();
    }

    /** The days she attended a parent group session: support alongside the referral her plan belongs to. */
    public List<LocalDate> sessionsAttended(PartnerContactPlan plan) {
        return em.createQuery("SELECT s.sessionDate FROM ParentGroupSession s JOIN s.register line "
                + "WHERE line.planId = :plan AND line.attended = TRUE", LocalDate.class)
                .setParameter("plan", plan.id())
                .getResultList();
    }
}
