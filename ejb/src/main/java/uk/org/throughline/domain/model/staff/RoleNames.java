package uk.org.throughline.domain.model.staff;

/**
 * The {@link Role} names as compile-time constants, because {@code @RolesAllowed} needs constants
 * and an enum value is not one. Each must equal its {@code Role.name()}.
 */
public final class RoleNames {

    public static final String POLICE = "POLICE";
    public static final String PROBATION = "PROBATION";
    public static final String YOT = "YOT";
    public static final String PROGRAMME_FACILITATOR = "PROGRAMME_FACILITATOR";
    public static final String PARTNER_CONTACT = "PARTNER_CONTACT";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    private RoleNames() {
    }
}
