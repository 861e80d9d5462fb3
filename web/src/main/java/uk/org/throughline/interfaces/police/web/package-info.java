/**
 * Backing beans of the police pages: recording and correcting incidents, arrests and custody results,
 * voluntary interviews, outcomes and court cases, and the incident and court case pages.
 */
package uk.org.throughline.interfaces.police.web;
