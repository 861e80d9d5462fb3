/**
 * Transactional EJB implementations of the application use cases: they check roles, audit every read
 * and change, and translate between forms and views and the domain model.
 */
package uk.org.throughline.application.internal;
