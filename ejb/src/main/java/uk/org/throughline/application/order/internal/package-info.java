/**
 * Transactional implementation of civil orders and breaches, with its mapping to views.
 */
package uk.org.throughline.application.order.internal;
