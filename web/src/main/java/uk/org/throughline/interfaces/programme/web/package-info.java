/**
 * Pages for programme staff: the facilitator's worklist of sessions and registers to complete, and
 * a session's attendance register.
 */
package uk.org.throughline.interfaces.programme.web;
