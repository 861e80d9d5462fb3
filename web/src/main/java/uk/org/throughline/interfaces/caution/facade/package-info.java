/** Maps between the API's conditional-caution JSON and the application's forms and views. */
package uk.org.throughline.interfaces.caution.facade;
