/**
 * JSON shapes sent to the conditional-caution API: the request checked for eligibility and then
 * given, and its status changes and decision (the caution is read as the application's
 * {@code CautionView}). Field names are the application forms' property names; dates are
 * yyyy-MM-dd; amounts are pounds.
 */
package uk.org.throughline.interfaces.caution.dto;
