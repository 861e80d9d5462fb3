/** JSON shape of a person's chronology; dates are yyyy-MM-dd, date-times with their offset. */
package uk.org.throughline.interfaces.police.dto;
