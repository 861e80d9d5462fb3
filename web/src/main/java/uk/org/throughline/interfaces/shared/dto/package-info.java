/** JSON shapes shared by every resource: the problem document, field errors and a page of results. */
package uk.org.throughline.interfaces.shared.dto;
