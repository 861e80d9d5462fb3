/** Converts the civil-orders API's bodies to the service's forms and its views to responses. */
package uk.org.throughline.interfaces.order.facade;
