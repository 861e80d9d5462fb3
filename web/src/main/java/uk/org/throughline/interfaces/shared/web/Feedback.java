package uk.org.throughline.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.ConcurrentEditException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.shared.FieldPath;

/**
 * Puts messages on the page: an error on the field it is about (by its client id, which the
 * error summary links to), or on the whole page when no single field is at fault.
 */
@RequestScoped
public class Feedback {

    @Inject
    Validator validator;

    /** Checks a form against the same constraints the service checks, so the user sees every problem at once. */
    public boolean valid(Object form) {
        return valid(form, Map.of());
    }

    /** As {@link #valid(Object)}, for forms whose input ids differ from the property names ({@code name → q}). */
    public boolean valid(Object form, Map<String, String> inputIds) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        violations.forEach(v -> error(FieldPath.of(v.getPropertyPath()).renamed(inputIds), v.getMessage()));
        return violations.isEmpty();
    }

    /**
     * For a form's postValidate event. When a value could not be converted (a date such as
     * 31/02/2026), Faces skips the model update and the action, so the rest of the form would go
     * unchecked until that one was put right. Instead, what did convert goes into the model and the
     * form (as {@code form} builds it then) is checked now: the user sees every mistake at once.
     */
    public void checkWholeForm(ComponentSystemEvent event, Supplier<?> form) {
        FacesContext context = event.getFacesContext();
        if (context.isValidationFailed()) {
            event.getComponent().processUpdates(context);
            valid(form.get());
        }
    }

    /** What went wrong, in the service's words; on the field when the service named one. */
    public void error(BusinessException problem) {
        error(problem, Map.of());
    }

    /** As {@link #error(BusinessException)}, for forms whose input ids differ from the service's field names. */
    public void error(BusinessException problem, Map<String, String> inputIds) {
        FieldPath field = problem instanceof InvalidFieldException invalid
                ? FieldPath.parse(invalid.field()).renamed(inputIds)
                : FieldPath.parse(null);
        error(field, problem.getMessage());
    }

    /**
     * Makes a change the user asked for and returns its result; or, when the service refuses it,
     * shows why on the field it names ({@code inputIds} as for {@link #error(BusinessException, Map)})
     * and returns empty, running {@code onConflict} first when someone else changed the record.
     */
    public <T> Optional<T> attempt(Supplier<T> change, Map<String, String> inputIds, Runnable onConflict) {
        try {
            return Optional.of(change.get());
        } catch (ConcurrentEditException e) {
            error(e);
            onConflict.run();
        } catch (InvalidFieldException e) {
            error(e, inputIds);
        }
        return Optional.empty();
    }

    /** A message for this page, which stays open after the action (no redirect). */
    public void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A message for the next page, which the user reaches by a redirect. */
    public void flash(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** One message a field is enough: the first problem found, often the conversion's, is the one to put right. */
    private static void error(FieldPath field, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = field.clientId();
        if (clientId == null || context.getMessageList(clientId).isEmpty()) {
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
