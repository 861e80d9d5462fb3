/** Converts the risk API's JSON to the application's forms and its views back to JSON. */
package uk.org.throughline.interfaces.risk.facade;
