/**
 * What the pages and the API share: how dates are written for people, and how a field named by a
 * validation path is found in a form or a JSON body.
 */
package uk.org.throughline.interfaces.shared;
