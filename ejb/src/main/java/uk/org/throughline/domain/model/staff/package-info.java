/**
 * Staff accounts: who may sign in, their agency and team, and the roles that decide what they may do.
 */
package uk.org.throughline.domain.model.staff;
