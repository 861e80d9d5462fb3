/**
 * Sign-in: HTTP Basic per request for the API, a form and the HTTP session for the pages, both
 * checked against the staff directory, which is read again on every request; failed sign-ins slow
 * further attempts down.
 */
package uk.org.throughline.interfaces.security;
