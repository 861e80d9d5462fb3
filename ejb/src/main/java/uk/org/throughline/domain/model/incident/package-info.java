/**
 * What police record when domestic abuse is reported: the incident with its people, offences and
 * DASH level at the scene, then the arrest (custody result, bail conditions) or voluntary interview
 * of each suspect.
 */
package uk.org.throughline.domain.model.incident;
