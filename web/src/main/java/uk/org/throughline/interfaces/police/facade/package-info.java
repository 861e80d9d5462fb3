/** Maps person chronologies to the API's JSON; the police worklist goes out as the application's view. */
package uk.org.throughline.interfaces.police.facade;
