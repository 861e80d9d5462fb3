package uk.org.throughline.interfaces.security.web;

import jakarta.faces.context.FacesContext;

/**
 * What the pages ask of the signed-in user: whether they hold a permission of the access policy, the
 * same permission the service's {@code @RolesAllowed} names, so a page shows only what the service allows.
 */
public final class SignedInRoles {

    private SignedInRoles() {
    }

    /** Whether the user of the current page request holds {@code permission}, e.g. {@code OrderPermissions.RECORD}. */
    public static boolean may(String permission) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(permission);
    }
}
