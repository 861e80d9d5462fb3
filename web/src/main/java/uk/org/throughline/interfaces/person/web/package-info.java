/** Backing beans of the person index pages: find, register, view, edit and merge a person. */
package uk.org.throughline.interfaces.person.web;
