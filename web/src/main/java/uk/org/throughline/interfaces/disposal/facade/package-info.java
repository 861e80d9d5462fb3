/** Maps the API's disposal and court-case JSON to the application's forms; the views go out as they are. */
package uk.org.throughline.interfaces.disposal.facade;
