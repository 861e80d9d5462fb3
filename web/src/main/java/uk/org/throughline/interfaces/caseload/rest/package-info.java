/**
 * Need to know over REST: opening a record for a reason, offender-manager allocations, restricted records
 * and the managers' report of records opened outside caseloads.
 */
package uk.org.throughline.interfaces.caseload.rest;
