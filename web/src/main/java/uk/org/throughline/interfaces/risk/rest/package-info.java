/**
 * The risk API: DASH assessments, each victim's current level (the only part perpetrator-facing
 * roles may read) and history, MARAC referrals, meetings and actions, and safety plans.
 */
package uk.org.throughline.interfaces.risk.rest;
