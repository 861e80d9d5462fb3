/**
 * Perpetrator programmes: the catalogue (eligibility, delivery shape, completion rule, enforcement
 * per referral route), referrals from every route through their lifecycle, and cohorts. Sessions,
 * attendance and enforcement are in {@code domain.model.attendance}.
 */
package uk.org.throughline.domain.model.programme;
