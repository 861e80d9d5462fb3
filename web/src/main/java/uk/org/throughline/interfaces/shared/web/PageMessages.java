package uk.org.throughline.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The messages of the current request as the layout shows them: errors in an error summary, in
 * the order their fields stand on the page, each linking to its field; notices apart.
 */
@Named
@RequestScoped
public class PageMessages {

    /** One line of the error summary; {@code fieldId} is null when there is no field to link to. */
    public record Error(String fieldId, String text) {
    }

    public boolean isErrorShown() {
        FacesMessage.Severity worst = FacesContext.getCurrentInstance().getMaximumSeverity();
        return worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /** Worked out once per request, at rendering, when every message has been added. */
    private List<Error> errors;

    public List<Error> getErrors() {
        if (errors == null) {
            // The walk below reaches the summary's own ui:repeat, which asks for the errors again.
            errors = List.of();
            errors = errorsInPageOrder();
        }
        return errors;
    }

    private static List<Error> errorsInPageOrder() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Error> errors = new ArrayList<>();
        context.getMessageList(null).stream().filter(PageMessages::isError)
                .forEach(m -> errors.add(new Error(null, m.getSummary())));
        Set<String> fieldIds = fieldIdsWithMessages(context);
        context.getViewRoot().visitTree(
                VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    String clientId = component.getClientId(visit.getFacesContext());
                    boolean isField = component instanceof EditableValueHolder && !(component instanceof UIViewParameter);
                    if (isField && fieldIds.remove(clientId)) {
                        addErrors(context, clientId, clientId, errors);
                    }
                    return VisitResult.ACCEPT;
                });
        // Messages about fields not on this page: still shown, just without a link.
        fieldIds.forEach(clientId -> addErrors(context, clientId, null, errors));
        return errors;
    }

    public List<String> getNotices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) < 0)
                .map(FacesMessage::getSummary)
                .toList();
    }

    private static Set<String> fieldIdsWithMessages(FacesContext context) {
        Set<String> clientIds = new LinkedHashSet<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId != null) {
                clientIds.add(clientId);
            }
        }
        return clientIds;
    }

    private static void addErrors(FacesContext context, String clientId, String link, List<Error> errors) {
        context.getMessageList(clientId).stream().filter(PageMessages::isError)
                .forEach(m -> errors.add(new Error(link, m.getSummary())));
    }

    private static boolean isError(FacesMessage message) {
        return message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }
}
