package uk.org.throughline.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import uk.org.throughline.application.programme.CohortForms.CatchUpForm;
import uk.org.throughline.application.programme.CohortForms.CohortForm;
import uk.org.throughline.application.programme.CohortForms.RescheduleForm;
import uk.org.throughline.application.programme.CohortForms.ScheduleForm;

/**
 * Cohorts and their sessions: set up, scheduled once around the bank holidays, then moved one
 * session at a time, with catch-ups for a missed session.
 */
public interface CohortService {

    CohortView create(@NotNull @Valid CohortForm form);

    CohortView view(long cohortId);

    /** One session as planned, to move it or arrange its catch-up. */
    SessionView session(long sessionId);

    /** Plans all the programme's sessions; the view lists the bank holidays stepped over. */
    CohortView schedule(long cohortId, @NotNull @Valid ScheduleForm form);

    /**
     * A manager lets the group start with fewer people than the programme's smallest group, for the reason given.
     *
     * @throws uk.org.throughline.domain.shared.InvalidFieldException on "reason" if it is blank or too long
     */
    CohortView agreeSmallStart(long cohortId, String reason);

    /** @throws uk.org.throughline.domain.shared.ConcurrentEditException if the session changed since it was read */
    SessionView reschedule(long sessionId, long expectedVersion, @NotNull @Valid RescheduleForm form);

    SessionView catchUp(long missedSessionId, @NotNull @Valid CatchUpForm form);
}
