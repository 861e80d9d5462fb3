package uk.org.throughline.interfaces.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.audit.AuditEntryView;
import uk.org.throughline.application.audit.AuditPermissions;
import uk.org.throughline.application.audit.AuditQuery;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.interfaces.shared.dto.PageResponse;
import uk.org.throughline.interfaces.shared.rest.QueryParameters;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** The audit trail (DPA 2018 s.62 logging), newest first, for administrators and managers. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed what, when and why")
public class AuditResource {

    static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RequestValidator validator;

    @GET
    @RolesAllowed(AuditPermissions.SEARCH)
    @Operation(summary = "Search the audit trail", description = "Every filter is optional; dates are London calendar days.")
    @APIResponse(responseCode = "200", description = "One page of entries, newest first")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public PageResponse<AuditEntryView> search(
            @QueryParam("username") String username,
            @Parameter(example = "Person") @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId,
            @Parameter(description = "One of VIEW, SEARCH, CREATE, UPDATE, MERGE, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT")
            @QueryParam("action") String action,
            @Parameter(description = "First day, yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "Last day, yyyy-MM-dd") @QueryParam("to") String to,
            @Parameter(description = "Page, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        AuditQuery query = new AuditQuery(username, recordType, recordId,
                parameters.choice("action", action, AuditAction.class),
                parameters.date("from", from), parameters.date("to", to),
                parameters.integer("page", page, 0), parameters.integer("size", size, DEFAULT_PAGE_SIZE));
        validator.validate(query, parameters, Map.of("pageSize", "size"));
        SearchPage<AuditEntryView> entries = auditTrail.search(query);
        return new PageResponse<>(entries.items(), entries.page(), entries.pageSize(), entries.totalCount());
    }
}
