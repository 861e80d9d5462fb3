package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.model.staff.Team;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/** Staff accounts, looked up by their (lower-case) username. */
@ApplicationScoped
public class StaffRepository {

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /** The account of that name, active or not; the name is matched whatever its case. */
    public Optional<StaffMember> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM StaffMember s WHERE s.username = :username", StaffMember.class)
                .setParameter("username", StaffMember.normaliseUsername(username))
                .getResultStream()
                .findFirst();
    }

    /** The account's display name, or the username itself when no account has it. */
    public String displayName(String username) {
        return findByUsername(username).map(StaffMember::displayName).orElse(username);
    }

    /** @throws RecordNotFoundException if there is no account of that name */
    public StaffMember getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new RecordNotFoundException("Staff member", username));
    }

    /** The active accounts with a role, by name. */
    public List<StaffMember> activeWithRole(Role role) {
        return em.createQuery("SELECT s FROM StaffMember s JOIN s.roles r WHERE r = :role AND s.active = true "
                + "ORDER BY s.displayName", StaffMember.class)
                .setParameter("role", role)
                .getResultList();
    }

    /** The active accounts with any of these roles, by name, each once. */
    public List<StaffMember> activeWithAnyRole(Set<Role> roles) {
        return em.createQuery("SELECT DISTINCT s FROM StaffMember s JOIN s.roles r WHERE r IN :roles AND s.active = true "
                + "ORDER BY s.displayName", StaffMember.class)
                .setParameter("roles", roles)
                .getResultList();
    }

    /** Every account, active or not, by name. */
    public List<StaffMember> all() {
        return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.displayName", StaffMember.class).getResultList();
    }

    public void add(Team team) {
        em.persist(team);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM StaffMember s", Long.class).getSingleResult();
    }

    public void add(StaffMember member) {
        em.persist(member);
    }
}
