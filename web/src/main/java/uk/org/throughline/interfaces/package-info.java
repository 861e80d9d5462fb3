/**
 * Everything that faces people and other systems: the pages, the REST API and sign-in. It converts
 * and delegates to the application services and holds no business rules of its own.
 */
package uk.org.throughline.interfaces;
