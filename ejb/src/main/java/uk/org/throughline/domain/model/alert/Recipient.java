package uk.org.throughline.domain.model.alert;

import java.util.Objects;
import uk.org.throughline.domain.model.staff.Role;

/** Who an alert is for: a named worker (username), or everyone with a role where no worker is named. */
public record Recipient(String username, Role role) {

    public Recipient {
        if ((username == null) == (role == null)) {
            throw new IllegalArgumentException("An alert is for a worker or a role's queue, not both or neither");
        }
    }

    public static Recipient worker(String username) {
        return new Recipient(Objects.requireNonNull(username, "username"), null);
    }

    public static Recipient queue(Role role) {
        return new Recipient(null, Objects.requireNonNull(role, "role"));
    }

    /** "rachel.evans" or "the Partner contact queue". */
    public String describe() {
        return username != null ? username : "the " + role.label() + " queue";
    }
}
