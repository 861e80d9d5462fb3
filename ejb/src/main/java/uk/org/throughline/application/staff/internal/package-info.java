/**
 * The staff directory's implementation and password hashing.
 */
package uk.org.throughline.application.staff.internal;
