/** Maps between the API's person JSON and the application's forms and views. */
package uk.org.throughline.interfaces.person.facade;
