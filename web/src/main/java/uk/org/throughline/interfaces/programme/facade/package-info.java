/** Converts the programme API's JSON to the application's forms and its views back to JSON shapes. */
package uk.org.throughline.interfaces.programme.facade;
