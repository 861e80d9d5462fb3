package uk.org.throughline.application;

import uk.org.throughline.application.CatalogueForms.ProgrammeForm;

/** A programme of the catalogue as an administrator edits it; {@code version} goes back with the change. */
public record ProgrammeDetails(long id, long version, ProgrammeForm programme) {
}
