package uk.org.throughline.interfaces.person.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonPermissions;
import uk.org.throughline.application.person.PersonQuery;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.interfaces.person.dto.MergeRequest;
import uk.org.throughline.interfaces.person.dto.PersonRequest;
import uk.org.throughline.interfaces.person.facade.PersonDtoMapper;
import uk.org.throughline.interfaces.shared.dto.PageResponse;
import uk.org.throughline.interfaces.shared.rest.QueryParameters;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/** The person index: every worker searches it first, and registers a person only when the search finds no one. */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "The person (nominal) index")
public class PersonResource {

    /** The query's properties that the API's parameters name otherwise. */
    private static final Map<String, String> QUERY_PARAMETERS = Map.of(
            "name", "q", "dateOfBirth", "dob", "pageSize", "size");

    @Inject
    PersonIndex personIndex;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed(PersonPermissions.READ)
    @Operation(summary = "Find people by name",
            description = "Matches names and aliases by sound and by partial forenames, best match first.")
    @APIResponse(responseCode = "200", description = "One page of matches")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public PageResponse<PersonSummary> search(
            @Parameter(description = "\"surname\", \"forenames surname\" or \"surname, forenames\"", required = true,
                    example = "John Smith") @QueryParam("q") String q,
            @Parameter(description = "Date of birth, yyyy-MM-dd", example = "1985-11-23") @QueryParam("dob") String dob,
            @Parameter(description = "Year of birth", example = "1985") @QueryParam("birthYear") String birthYear,
            @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        PersonQuery query = new PersonQuery(q, parameters.date("dob", dob), parameters.integer("birthYear", birthYear),
                parameters.integer("page", page, 0), parameters.integer("size", size, PersonQuery.DEFAULT_PAGE_SIZE));
        validator.validate(query, parameters, QUERY_PARAMETERS);
        SearchPage<PersonSummary> results = personIndex.search(query);
        return new PageResponse<>(results.items(), results.page(), results.pageSize(), results.totalCount());
    }

    @POST
    @RolesAllowed(PersonPermissions.RECORD)
    @Operation(summary = "Register a person",
            description = "Refused with 409 and the likely matches when the person is probably on the index already; "
                    + "send again with confirmNew=true once they have been checked.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the new person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response register(PersonRequest request,
            @Parameter(description = "The possible duplicates have been checked: register anyway")
            @QueryParam("confirmNew") boolean confirmNew) {
        PersonForm form = PersonDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        PersonView person = personIndex.register(form, confirmNew);
        return Versions.created(uriInfo, person.id(), person.version(), person);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(PersonPermissions.READ)
    @Operation(summary = "Read a person", description = "The ETag is the version to send back with an update.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        return current(personIndex.view(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(PersonPermissions.RECORD)
    @Operation(summary = "Update a person",
            description = "Send the version read, in the body or as If-Match; if someone else has saved since, 409.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response update(@PathParam("id") long id, PersonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                PersonDtoMapper.toForm(request), personIndex::update));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(PersonPermissions.MERGE)
    @Operation(summary = "Merge a duplicate into this person",
            description = "The duplicate's names become aliases and everything linked to it moves here; "
                    + "the duplicate is retired. Administrators only.")
    @APIResponse(responseCode = "200", description = "The merged person",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response merge(@PathParam("id") long id, MergeRequest request) {
        validator.validate(request);
        return current(personIndex.merge(id, request.duplicateId(), request.reason()));
    }

    private static Response current(PersonView person) {
        return Versions.current(person.version(), person);
    }
}
