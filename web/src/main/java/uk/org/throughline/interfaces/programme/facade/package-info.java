/** Converts the programme API's JSON to the application's forms, and the views that differ from the API's shapes to them. */
package uk.org.throughline.interfaces.programme.facade;
