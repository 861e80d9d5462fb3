package uk.org.throughline.domain.model.staff;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** What a member of staff does; decides what they may see and change. */
public enum Role {
    POLICE("Police"),
    PROBATION("Probation"),
    YOT("Youth Offending Team"),
    PROGRAMME_FACILITATOR("Programme facilitator"),
    PARTNER_CONTACT("Partner contact"),
    MANAGER("Manager"),
    MARAC_COORDINATOR("MARAC coordinator"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The roles' labels in this enum's order, e.g. "Police, Administrator". */
    public static String labels(Collection<Role> roles) {
        return Arrays.stream(values()).filter(roles::contains).map(Role::label).collect(Collectors.joining(", "));
    }
}
