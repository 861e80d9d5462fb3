/** JSON shapes of the administrator endpoints. */
package uk.org.throughline.interfaces.admin.dto;
