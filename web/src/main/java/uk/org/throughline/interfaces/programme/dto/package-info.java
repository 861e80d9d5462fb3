/**
 * JSON shapes of programmes: the catalogue, referrals and their lifecycle steps, cohorts with their
 * sessions, attendance registers and the programme worklists. Field names are the application
 * forms' property names; dates are yyyy-MM-dd, times HH:mm in London.
 */
package uk.org.throughline.interfaces.programme.dto;
