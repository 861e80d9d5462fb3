/**
 * Victim safety, the risk side: DASH risk assessments and each victim's risk history, MARAC
 * referrals with their criteria, meetings and actions, and safety plans. Everything is keyed by the
 * victim's person id; the victim record itself and partner contact live elsewhere.
 */
package uk.org.throughline.domain.model.risk;
