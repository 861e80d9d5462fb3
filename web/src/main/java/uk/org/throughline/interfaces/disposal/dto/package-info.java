/**
 * JSON shapes of disposals (Home Office outcomes) and court cases. Field names are the application
 * forms' property names; dates are yyyy-MM-dd.
 */
package uk.org.throughline.interfaces.disposal.dto;
