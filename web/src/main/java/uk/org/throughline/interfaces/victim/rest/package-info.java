/** Victims over REST: the record with its field-level access rules, and partner-contact plans with their logs. */
package uk.org.throughline.interfaces.victim.rest;
