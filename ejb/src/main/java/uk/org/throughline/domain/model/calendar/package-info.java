/**
 * The England and Wales bank holidays, kept as data an administrator extends each year: sessions
 * are not scheduled on them and they are not working days.
 */
package uk.org.throughline.domain.model.calendar;
