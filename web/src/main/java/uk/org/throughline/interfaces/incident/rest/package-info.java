/** Incidents, arrests with their custody results, and voluntary interviews over REST. */
package uk.org.throughline.interfaces.incident.rest;
