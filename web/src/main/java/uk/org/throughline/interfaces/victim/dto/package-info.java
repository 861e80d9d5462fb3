/**
 * JSON shapes of victim records and partner contact: what is sent to open or change a record and to
 * log a contact attempt. Answers are the application's views (no entities); dates are yyyy-MM-dd.
 */
package uk.org.throughline.interfaces.victim.dto;
