/**
 * The civil-orders API's request and response bodies: field names as in the forms, dates yyyy-MM-dd,
 * date-times ISO 8601 with their offset (London time in responses).
 */
package uk.org.throughline.interfaces.order.dto;
