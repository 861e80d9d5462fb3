/**
 * Demo and synthetic data: the believable case load a newcomer sees, and the synthetic population the benchmarks load. Not part of the production use cases.
 */
package uk.org.throughline.application.demo;
