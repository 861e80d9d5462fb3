/**
 * Pages for programme staff: the facilitator's worklist of sessions and registers to complete, a
 * session's attendance register, cohorts with their schedules, moved sessions and catch-ups, and the
 * manager's programme figures.
 */
package uk.org.throughline.interfaces.programme.web;
