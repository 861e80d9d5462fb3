/** Maps the police worklist and person chronologies to the API's JSON. */
package uk.org.throughline.interfaces.police.facade;
