/**
 * Sign-in: HTTP Basic per request for the API, a form and the HTTP session for the pages, both
 * checked against the staff directory.
 */
package uk.org.throughline.interfaces.security;
