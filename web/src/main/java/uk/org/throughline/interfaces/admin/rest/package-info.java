/** Administrator-only endpoints for load and benchmark runs: synthetic people and bare-SQL timings. */
package uk.org.throughline.interfaces.admin.rest;
