package uk.org.throughline.application.staff.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.staff.StaffMember;
import uk.org.throughline.infrastructure.persistence.StaffRepository;

/**
 * Staff sign-in against the accounts in the database. Open to everyone, since it is what signs people
 * in; every attempt, good or bad, is written to the audit trail in the same transaction.
 */
@Stateless
@PermitAll
public class DefaultStaffDirectory implements StaffDirectory {

    private static final String RECORD_TYPE = "Staff";

    @Inject
    private StaffRepository staff;

    @Inject
    private PasswordHasher passwords;

    @EJB
    private AuditTrail audit;

    @Override
    public Optional<StaffView> authenticate(String username, char[] password) {
        String typed = username == null ? "" : username.strip();
        // a refused name is audited as typed (the audit entry cuts it to its column)
        String audited = typed.isEmpty() ? "(blank)" : typed;
        char[] given = password == null ? new char[0] : password;
        Optional<StaffMember> member = staff.findByUsername(typed).filter(StaffMember::isActive);
        boolean valid = member.isPresent() ? passwords.matches(given, member.get().passwordHash())
                : passwords.matchesNothing(given);
        if (!valid) {
            // why it failed (no such user, disabled, wrong password) stays out of the message and the log
            audit.recordFor(audited, AuditAction.LOGIN_FAILED, RECORD_TYPE, audited, "Sign-in refused");
            return Optional.empty();
        }
        audit.recordFor(member.get().username(), AuditAction.LOGIN, RECORD_TYPE, member.get().username(),
                "Signed in");
        return member.map(StaffView::of);
    }

    @Override
    public Optional<StaffView> find(String username) {
        return staff.findByUsername(username).filter(StaffMember::isActive).map(StaffView::of);
    }
}
