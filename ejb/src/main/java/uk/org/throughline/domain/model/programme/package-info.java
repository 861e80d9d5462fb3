/**
 * Perpetrator programmes and the referrals into them. For now only the referral a conditional
 * caution makes; the programmes part adds cohorts, sessions and attendance.
 */
package uk.org.throughline.domain.model.programme;
