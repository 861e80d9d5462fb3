/** Maps between the API's incident, arrest and interview JSON and the application's forms and views. */
package uk.org.throughline.interfaces.incident.facade;
