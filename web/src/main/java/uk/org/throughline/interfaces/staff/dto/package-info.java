/** What the staff-account API reads. */
package uk.org.throughline.interfaces.staff.dto;
