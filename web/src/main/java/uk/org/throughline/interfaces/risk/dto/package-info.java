/** The JSON sent to the risk API, and the DASH assessment, questions and safety plan it answers with; risk levels, history and MARAC are read as the application's views. */
package uk.org.throughline.interfaces.risk.dto;
