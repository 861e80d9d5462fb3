/** Maps the API's person JSON to the application's form; the views go out as they are. */
package uk.org.throughline.interfaces.person.facade;
