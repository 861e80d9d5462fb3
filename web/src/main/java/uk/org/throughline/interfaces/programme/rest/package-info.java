/** Programmes over REST: the catalogue, referrals through their lifecycle, cohorts and sessions, registers, worklists. */
package uk.org.throughline.interfaces.programme.rest;
