package uk.org.throughline.application.caseload;

import uk.org.throughline.domain.model.caseload.PersonAccess;

/**
 * A person as seen before their record is opened: name and year of birth, both null when the record is
 * restricted, with what the signed-in member of staff may do.
 */
public record PersonAccessView(long personId, String displayName, Integer birthYear, PersonAccess access) {
}
