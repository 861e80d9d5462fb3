/**
 * Civil protective orders (DVPN/DVPO, non-molestation, occupation, restraining, stalking, FMPO,
 * FGMPO, DAPN/DAPO, SHPO): the order types as data, each order with its protected persons,
 * conditions, dated history and status, and the breaches police record against it.
 */
package uk.org.throughline.domain.model.order;
