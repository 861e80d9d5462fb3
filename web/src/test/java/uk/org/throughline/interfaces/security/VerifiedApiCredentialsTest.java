package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.Role;

class VerifiedApiCredentialsTest {

    private static final String PASSWORD = "right";

    private final MutableClock clock = new MutableClock();
    private final Staff staff = new Staff();
    private final ThroughlineIdentityStore accounts = new ThroughlineIdentityStore();
    private int passwordChecks;
    private final VerifiedApiCredentials credentials = new VerifiedApiCredentials(clock, credential -> {
        passwordChecks++;
        return ((UsernamePasswordCredential) credential).getPasswordAsString().equals(PASSWORD)
                ? accounts.current(((UsernamePasswordCredential) credential).getCaller())
                : CredentialValidationResult.INVALID_RESULT;
    }, accounts);

    VerifiedApiCredentialsTest() {
        accounts.staffDirectory = staff;
        staff.add("police.demo", Role.POLICE);
    }

    @Test
    void checksThePasswordAgainFiveMinutesAfterItsCheckHoweverOftenItIsUsed() {
        assertEquals(Status.VALID, credentials.validate(login("police.demo", PASSWORD)).getStatus());

        for (int i = 0; i < 9; i++) {
            clock.advanceSeconds(30);
            assertEquals(Status.VALID, credentials.validate(login("police.demo", PASSWORD)).getStatus());
        }
        assertEquals(1, passwordChecks, "used every 30 seconds for four and a half minutes on the one check");

        clock.advanceSeconds(30);
        assertEquals(Status.VALID, credentials.validate(login("police.demo", PASSWORD)).getStatus());
        assertEquals(2, passwordChecks, "five minutes after the check, however often it was used");
    }

    @Test
    void refusesADisabledAccountOnItsNextRequest() {
        credentials.validate(login("police.demo", PASSWORD));

        staff.deactivate("police.demo");

        assertEquals(Status.INVALID, credentials.validate(login("police.demo", PASSWORD)).getStatus());
        assertEquals(1, passwordChecks, "the remembered check does not outlive the account");
    }

    @Test
    void appliesChangedRolesToTheNextRequest() {
        assertTrue(credentials.validate(login("police.demo", PASSWORD)).getCallerGroups().contains("POLICE"));

        staff.changeRoles("police.demo", Set.of(Role.MANAGER));

        Set<String> groups = credentials.validate(login("police.demo", PASSWORD)).getCallerGroups();
        assertTrue(groups.contains("MANAGER"), groups::toString);
        assertFalse(groups.contains("POLICE"), groups::toString);
    }

    @Test
    void neverAcceptsAnotherPasswordOrRemembersAFailure() {
        credentials.validate(login("police.demo", PASSWORD));

        assertEquals(Status.INVALID, credentials.validate(login("police.demo", "wrong")).getStatus());
        assertEquals(Status.INVALID, credentials.validate(login("police.demo", "wrong")).getStatus());
        assertEquals(3, passwordChecks, "each wrong password is checked");
        assertEquals(Status.INVALID, credentials.validate(login("police.demo" + PASSWORD, "")).getStatus(),
                "name and password are kept apart");
    }

    private static UsernamePasswordCredential login(String username, String password) {
        return new UsernamePasswordCredential(username, password);
    }

    /** The accounts as an administrator changes them; sign-in itself is the test's password check. */
    private static final class Staff implements StaffDirectory {

        private final Map<String, Set<Role>> roles = new HashMap<>();
        private final Set<String> disabled = new HashSet<>();

        void add(String username, Role role) {
            roles.put(username, Set.of(role));
        }

        @Override
        public Optional<StaffView> authenticate(String username, char[] password, String clientAddress) {
            throw new UnsupportedOperationException("the test checks passwords itself");
        }

        @Override
        public Optional<StaffView> find(String username) {
            return disabled.contains(username) || !roles.containsKey(username) ? Optional.empty()
                    : Optional.of(new StaffView(username, username, roles.get(username), "agency", null, null));
        }

        @Override
        public void deactivate(String username) {
            disabled.add(username);
        }

        @Override
        public void reactivate(String username) {
            disabled.remove(username);
        }

        @Override
        public void changeRoles(String username, Set<Role> newRoles) {
            roles.put(username, newRoles);
        }

        @Override
        public List<StaffView> accounts() {
            throw new UnsupportedOperationException("the API's credentials read one account at a time");
        }

        @Override
        public void changeRank(String username, PoliceRank rank) {
            throw new UnsupportedOperationException("a rank changes no access to the API");
        }
    }
}
