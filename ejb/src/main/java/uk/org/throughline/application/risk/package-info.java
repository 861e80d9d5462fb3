/**
 * Risk: DASH assessments, the risk level over time, MARAC referrals, meetings and actions, safety plans.
 */
package uk.org.throughline.application.risk;
