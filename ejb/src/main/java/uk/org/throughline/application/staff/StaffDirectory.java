package uk.org.throughline.application.staff;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.Role;

/** Staff accounts held in the database, with PBKDF2-hashed passwords. */
public interface StaffDirectory {

    /**
     * Checks a sign-in; the attempt is audited either way, with the client's address. Empty when the
     * user is unknown, disabled or the password is wrong (the caller must not say which). A name that
     * belongs to no account is not written down: it may be a password typed into the wrong box.
     */
    Optional<StaffView> authenticate(String username, char[] password, String clientAddress);

    /** The active account of that name, as it is now: read on every request of someone signed in. */
    Optional<StaffView> find(String username);

    /**
     * Disables the account: it can no longer sign in, and a session or API caller signed in with it is
     * refused from its next request. Administrators only, never their own account; audited.
     */
    void deactivate(@NotNull String username);

    /** Lets a disabled account sign in again (its old sessions stay ended). Administrators only; audited. */
    void reactivate(@NotNull String username);

    /**
     * Replaces the account's roles (at least one), from its next request on. Administrators only, never
     * their own account; audited.
     */
    void changeRoles(@NotNull String username, Set<Role> roles);

    /** Every account, by name, with its roles, team and rank. Administrators only. */
    List<StaffView> accounts();

    /**
     * Records the police rank of the account's holder, or null for civilian staff: it decides who may
     * override failed conditional-caution eligibility rules (inspector or above). Administrators only,
     * never their own account; audited.
     */
    void changeRank(@NotNull String username, PoliceRank rank);
}
