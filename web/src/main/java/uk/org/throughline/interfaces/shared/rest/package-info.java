/**
 * The JAX-RS application and what every resource shares: query-parameter parsing, request
 * validation, and the exception mappers that answer every error as RFC 9457 problem+json.
 */
package uk.org.throughline.interfaces.shared.rest;
