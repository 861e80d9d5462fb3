/** The sign-in page and the signed-in member of staff shown in every page header, with sign-out. */
package uk.org.throughline.interfaces.security.web;
