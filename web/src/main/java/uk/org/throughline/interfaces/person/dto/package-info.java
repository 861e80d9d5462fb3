/** JSON shapes of a person in the API; dates are ISO yyyy-MM-dd, enums their constant names. */
package uk.org.throughline.interfaces.person.dto;
