/**
 * Victim safety: victim records with safe contact details for partner-contact workers only, partner-contact plans and contacts.
 */
package uk.org.throughline.application.victim;
