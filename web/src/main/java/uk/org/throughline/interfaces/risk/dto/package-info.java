/** The JSON of the risk API: DASH assessments, risk levels and history, MARAC and safety plans. */
package uk.org.throughline.interfaces.risk.dto;
