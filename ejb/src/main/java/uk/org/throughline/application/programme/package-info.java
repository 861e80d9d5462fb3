/**
 * Perpetrator programmes: the catalogue, referrals by every route, cohorts and their sessions, attendance registers, enforcement, worklists and programme documents.
 */
package uk.org.throughline.application.programme;
