/** The signed-in user's alerts and tasks over REST. */
package uk.org.throughline.interfaces.alert.rest;
