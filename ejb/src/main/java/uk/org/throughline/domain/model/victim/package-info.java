/**
 * The victim/survivor: how to reach her safely (seen only by the victim-facing roles, every view
 * with a reason), her consent to contact, the children in her care and the perpetrators linked to
 * her, and the partner-contact plan each programme referral of a linked perpetrator opens.
 */
package uk.org.throughline.domain.model.victim;
