/**
 * The risk pages: the DASH form, an assessment, a victim's risk history with its chart, the MARAC
 * referral, meetings and actions, and the safety plan. Thin backing beans over the risk services.
 */
package uk.org.throughline.interfaces.risk.web;
