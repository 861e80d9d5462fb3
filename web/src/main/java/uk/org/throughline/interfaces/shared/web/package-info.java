/**
 * Faces plumbing used by every page: the date converter, the error summary, and turning validation
 * failures and business exceptions into messages beside the right field; and the security headers
 * of every response.
 */
package uk.org.throughline.interfaces.shared.web;
