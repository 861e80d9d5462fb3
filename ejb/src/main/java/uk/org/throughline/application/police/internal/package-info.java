/**
 * Transactional implementations of the police journey, with the mappings between its forms, views and the incident, disposal and caution model.
 */
package uk.org.throughline.application.police.internal;
