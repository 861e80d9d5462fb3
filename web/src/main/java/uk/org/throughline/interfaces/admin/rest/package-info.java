/**
 * Administrator-only endpoints for load and benchmark runs: synthetic people and bare-SQL timings. They
 * answer only on a server started with {@code -Dthroughline.benchmark=true}; otherwise 404.
 */
package uk.org.throughline.interfaces.admin.rest;
