/**
 * Sessions of a cohort (scheduled around bank holidays, rescheduled, caught up), their attendance
 * registers with corrections kept, and the enforcement a failure to comply leads to on each route.
 */
package uk.org.throughline.domain.model.attendance;
