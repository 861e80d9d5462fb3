/**
 * Faces plumbing used by every page: the date converter, the error summary, and turning validation
 * failures and business exceptions into messages beside the right field.
 */
package uk.org.throughline.interfaces.shared.web;
