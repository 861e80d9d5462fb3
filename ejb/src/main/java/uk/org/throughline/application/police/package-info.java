/**
 * The police journey: incidents, arrests, voluntary interviews, custody results and bail, disposals, court cases, conditional cautions, a person's chronology and the police worklist.
 */
package uk.org.throughline.application.police;
