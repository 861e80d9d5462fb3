package uk.org.throughline.interfaces.security;

import jakarta.security.enterprise.CallerPrincipal;

/** A signed-in member of staff: the username is the principal's name, the display name is for page headers. */
public class StaffPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String displayName;

    public StaffPrincipal(String username, String displayName) {
        super(username);
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
