/**
 * Transactional implementations of the programme use cases, with the mappings between their forms, views and the programme and attendance model.
 */
package uk.org.throughline.application.programme.internal;
