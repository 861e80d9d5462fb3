/** Staff accounts over REST, for administrators: disabling one and changing its roles. */
package uk.org.throughline.interfaces.staff.rest;
