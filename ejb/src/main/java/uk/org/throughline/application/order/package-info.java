/**
 * Civil protective orders (DVPN/DVPO, non-molestation, restraining and the rest) and their breaches.
 */
package uk.org.throughline.application.order;
