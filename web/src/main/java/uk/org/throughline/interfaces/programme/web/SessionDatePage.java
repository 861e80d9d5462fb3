package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.org.throughline.application.programme.CohortService;
import uk.org.throughline.application.programme.SessionView;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * A page that plans a day and start time for a session ({@code ?session=}): moving it, or arranging
 * a catch-up of it. The session's length stays the programme's.
 */
public abstract class SessionDatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    Feedback feedback;

    private Long sessionId;
    private SessionView session;
    private LocalDate date;
    private LocalTime startTime;

    public void load() {
        session = cohorts.session(sessionId);
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    /** What the service is given, as the inputs hold it now. */
    abstract Object form();

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public SessionView getSession() {
        return session;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }
}
