/** Converts the risk API's JSON to the application's forms, and the assessment and safety plan to their JSON; other views go out as they are. */
package uk.org.throughline.interfaces.risk.facade;
