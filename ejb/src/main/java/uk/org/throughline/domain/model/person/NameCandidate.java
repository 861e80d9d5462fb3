package uk.org.throughline.domain.model.person;

import java.time.LocalDate;

/** A name-key row found by a search's index lookups, before it is scored. */
public record NameCandidate(long personId, Long aliasId, String surnameKey, String surnamePart, String forename,
        String forenameKey, LocalDate dateOfBirth) {

    public boolean isAlias() {
        return aliasId != null;
    }
}
