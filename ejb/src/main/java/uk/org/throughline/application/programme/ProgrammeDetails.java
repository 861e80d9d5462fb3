package uk.org.throughline.application.programme;

import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;

/** A programme of the catalogue as an administrator edits it; {@code version} goes back with the change. */
public record ProgrammeDetails(long id, long version, ProgrammeForm programme) {
}
