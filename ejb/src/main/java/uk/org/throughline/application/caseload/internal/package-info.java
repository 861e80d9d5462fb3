/**
 * The caseload check every read of a person's records passes through, and its audit of refusals.
 */
package uk.org.throughline.application.caseload.internal;
