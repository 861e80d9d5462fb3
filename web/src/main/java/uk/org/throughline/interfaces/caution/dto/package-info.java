/**
 * JSON shapes of conditional cautions: the request checked for eligibility and then given, the
 * caution with its conditions and referrals, and its status changes and decision. Field names are
 * the application forms' property names; dates are yyyy-MM-dd; amounts are pounds.
 */
package uk.org.throughline.interfaces.caution.dto;
