/** Maps between the API's disposal and court-case JSON and the application's forms and views. */
package uk.org.throughline.interfaces.disposal.facade;
