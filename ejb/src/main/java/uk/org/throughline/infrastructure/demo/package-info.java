/**
 * Synthetic people and programme history written straight to the tables over JDBC, for load tests and
 * benchmarks; never part of the production use cases. Driven by {@code application.demo}.
 */
package uk.org.throughline.infrastructure.demo;
