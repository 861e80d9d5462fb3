package uk.org.throughline.application.staff;

import java.util.Optional;

/** Staff accounts held in the database, with PBKDF2-hashed passwords. */
public interface StaffDirectory {

    /**
     * Checks a sign-in; the attempt is audited either way. Empty when the user is unknown, disabled
     * or the password is wrong (the caller must not say which).
     */
    Optional<StaffView> authenticate(String username, char[] password);

    /** The active account of that name, for showing who is signed in. */
    Optional<StaffView> find(String username);
}
