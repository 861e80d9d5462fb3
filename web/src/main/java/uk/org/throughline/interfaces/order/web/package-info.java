/** Backing beans of the civil-order pages: record, view, breach, worklist, address search and the banner. */
package uk.org.throughline.interfaces.order.web;
