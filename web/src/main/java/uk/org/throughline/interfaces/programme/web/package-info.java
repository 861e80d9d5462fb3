/**
 * Pages for programme staff: the facilitator's worklist of sessions and registers to complete, a
 * session's attendance register, cohorts with their schedules, moved sessions and catch-ups, the
 * manager's programme figures, and the administrator's catalogue and bank holiday table.
 */
package uk.org.throughline.interfaces.programme.web;
