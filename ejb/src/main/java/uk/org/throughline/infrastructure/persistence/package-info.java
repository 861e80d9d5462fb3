/**
 * Repositories over JPA (EclipseLink) and the SQL that must stay fast or portable by hand: schema
 * migration with Flyway and the indexed name-key search.
 */
package uk.org.throughline.infrastructure.persistence;
