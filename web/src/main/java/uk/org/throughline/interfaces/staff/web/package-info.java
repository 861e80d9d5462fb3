/** The administrators' staff page: every account with its roles, team and police rank. */
package uk.org.throughline.interfaces.staff.web;
