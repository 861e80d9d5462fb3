/**
 * Need to know: who works with whom (offender-manager allocations, teams), which people's records each
 * member of staff may read, records restricted to named staff, and records opened outside a caseload
 * for a reason, with the managers' report of them.
 */
package uk.org.throughline.application.caseload;
