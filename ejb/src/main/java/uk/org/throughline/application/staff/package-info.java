/**
 * Staff accounts: who can sign in, with which role and agency.
 */
package uk.org.throughline.application.staff;
