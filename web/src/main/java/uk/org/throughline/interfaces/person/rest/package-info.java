/** The person index over REST: search, register, read, update and merge people. */
package uk.org.throughline.interfaces.person.rest;
