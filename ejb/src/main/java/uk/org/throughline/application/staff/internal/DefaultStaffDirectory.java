package uk.org.throughline.application.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.application.staff.StaffPermissions;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Staff sign-in against the accounts in the database, open to everyone since it is what signs people
 * in, and the administrators' changes to accounts. Every attempt and change is written to the audit
 * trail in the same transaction.
 */
@Stateless
@PermitAll
public class DefaultStaffDirectory implements StaffDirectory {

    /** Who a refused sign-in is audited against when the name typed belongs to no account. */
    static final String UNKNOWN_USERNAME = "(unknown username)";

    private static final String RECORD_TYPE = "Staff";

    @Inject
    private StaffRepository staff;

    @Inject
    private PasswordHasher passwords;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    @Override
    public Optional<StaffView> authenticate(String username, char[] password, String clientAddress) {
        char[] given = password == null ? new char[0] : password;
        Optional<StaffMember> account = staff.findByUsername(username);
        Optional<StaffMember> member = account.filter(StaffMember::isActive);
        boolean valid = member.isPresent() ? passwords.matches(given, member.get().passwordHash())
                : passwords.matchesNothing(given);
        if (!valid) {
            // why it failed (disabled, wrong password) stays out of the message and the log
            String audited = account.map(StaffMember::username).orElse(UNKNOWN_USERNAME);
            audit.recordFor(audited, AuditAction.LOGIN_FAILED, RECORD_TYPE, account.map(StaffMember::username)
                    .orElse(null), "Sign-in refused, from " + clientAddress);
            return Optional.empty();
        }
        audit.recordFor(member.get().username(), AuditAction.LOGIN, RECORD_TYPE, member.get().username(),
                "Signed in, from " + clientAddress);
        return member.map(StaffView::of);
    }

    @Override
    public Optional<StaffView> find(String username) {
        return staff.findByUsername(username).filter(StaffMember::isActive).map(StaffView::of);
    }

    @Override
    @RolesAllowed(StaffPermissions.ADMINISTER)
    public void deactivate(String username) {
        StaffMember member = othersAccount(username, "disable");
        member.deactivate();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, member.username(), "Disabled the account", null);
    }

    @Override
    @RolesAllowed(StaffPermissions.ADMINISTER)
    public void reactivate(String username) {
        StaffMember member = staff.getByUsername(username);
        member.reactivate();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, member.username(), "Enabled the account again", null);
    }

    @Override
    @RolesAllowed(StaffPermissions.ADMINISTER)
    public void changeRoles(String username, Set<Role> roles) {
        StaffMember member = othersAccount(username, "change the roles of");
        member.changeRoles(roles);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, member.username(), "Roles now " + Role.labels(roles),
                null);
    }

    @Override
    @RolesAllowed(StaffPermissions.ADMINISTER)
    public List<StaffView> accounts() {
        return staff.all().stream().map(StaffView::of).toList();
    }

    @Override
    @RolesAllowed(StaffPermissions.ADMINISTER)
    public void changeRank(String username, PoliceRank rank) {
        StaffMember member = othersAccount(username, "change the rank of");
        member.changeRank(rank);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, member.username(), "Rank now "
                + (rank == null ? "none (civilian staff)" : rank.label()), null);
    }

    /** An administrator locking themselves out would need another administrator to let them back in. */
    private StaffMember othersAccount(String username, String change) {
        StaffMember member = staff.getByUsername(username);
        if (member.username().equals(session.getCallerPrincipal().getName())) {
            throw new BusinessException("You cannot " + change + " your own account: ask another administrator");
        }
        return member;
    }
}
