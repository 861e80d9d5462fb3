/** The civil-orders REST resources: orders, their lifecycle and breaches, the worklist and the address search. */
package uk.org.throughline.interfaces.order.rest;
