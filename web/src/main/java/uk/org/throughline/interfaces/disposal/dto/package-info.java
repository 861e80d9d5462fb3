/**
 * JSON shapes sent to record disposals (Home Office outcomes) and court-case steps; both are read as
 * the application's views. Field names are the application forms' property names; dates are yyyy-MM-dd.
 */
package uk.org.throughline.interfaces.disposal.dto;
