/**
 * JSON shapes of programmes: the catalogue, referrals and their lifecycle steps, cohorts, sessions
 * and attendance registers as sent, and the cohort and catalogue entry as read (referrals, sessions,
 * registers and the worklists are read as the application's views). Field names are the application
 * forms' property names; dates are yyyy-MM-dd, times HH:mm in London.
 */
package uk.org.throughline.interfaces.programme.dto;
