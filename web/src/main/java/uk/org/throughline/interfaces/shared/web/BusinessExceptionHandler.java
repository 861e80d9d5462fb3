package uk.org.throughline.interfaces.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import uk.org.throughline.application.caseload.OutsideCaseloadException;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/**
 * The one place where a page learns that the service said no. A business exception from an action
 * becomes a message and the same page is shown again with what the user typed; a record that does
 * not exist on opening a page is a 404, a refused role a 403, and a refusal the service explained (a
 * person off the caseload, a cohort run by others) a 403 whose page gives its message. Anything else
 * goes on to the error page, never as a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    /**
     * The request attribute holding the refusal's message for the error page: the container's own error
     * message attribute holds its reason phrase ("Forbidden") when it refuses a page itself.
     */
    private static final String REFUSAL = "throughline.refusal";

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = expectedCause(events.next().getContext().getException());
            if (cause != null && respond(context, cause)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /** Faces and EL wrap what the action threw; the service's own exception is somewhere inside. */
    private static Throwable expectedCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException || cause instanceof EJBAccessException) {
                return cause;
            }
        }
        return null;
    }

    private static boolean respond(FacesContext context, Throwable cause) {
        // Once rendering has begun the page is half sent: only the error page can answer.
        if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return false;
        }
        if (cause instanceof OutsideCaseloadException outside && !outside.listsOthers()) {
            redirect(context, "/person/access.xhtml?id=" + outside.personId());
        } else if (cause instanceof NotPermittedException) {
            context.getExternalContext().getRequestMap().put(REFUSAL, cause.getMessage());
            sendError(context, HttpServletResponse.SC_FORBIDDEN);
        } else if (cause instanceof EJBAccessException) {
            // its message names the method: the error page says only that the role does not allow it
            sendError(context, HttpServletResponse.SC_FORBIDDEN);
        } else if (cause instanceof RecordNotFoundException && !context.isPostback()) {
            sendError(context, HttpServletResponse.SC_NOT_FOUND);
        } else {
            CDI.current().select(Feedback.class).get().error((BusinessException) cause);
        }
        return true;
    }

    /** To the page that says whose record it is and asks for the reason to open it (or says it is restricted). */
    private static void redirect(FacesContext context, String page) {
        try {
            ExternalContext external = context.getExternalContext();
            external.redirect(external.getRequestContextPath() + page);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
