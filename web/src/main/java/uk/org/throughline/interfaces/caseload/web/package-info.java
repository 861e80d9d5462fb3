/**
 * Need to know in the pages: the page that asks for the reason to open a record not on one's caseload, a
 * person's offender managers and restrictions, and the managers' report of records opened outside caseloads.
 */
package uk.org.throughline.interfaces.caseload.web;
