package uk.org.throughline.interfaces.staff.dto;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.org.throughline.domain.model.staff.Role;

/** The roles a member of staff is to hold from now on, at least one. */
public record StaffRolesRequest(@Schema(required = true, example = "[\"PROBATION\", \"MANAGER\"]") Set<Role> roles) {
}
