/** Maps the API's conditional-caution JSON to the application's forms; the views go out as they are. */
package uk.org.throughline.interfaces.caution.facade;
