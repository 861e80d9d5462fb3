package uk.org.throughline.interfaces.security.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;

/** What the pages ask of the signed-in user's roles, the way the services' {@code @RolesAllowed} lists them. */
public final class SignedInRoles {

    private SignedInRoles() {
    }

    /** Whether the user of the current page request has at least one of {@code roles}. */
    public static boolean anyOf(String... roles) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(roles).anyMatch(external::isUserInRole);
    }
}
