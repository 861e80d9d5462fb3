package uk.org.throughline.interfaces.order.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.order.BreachView;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.NearbyOrders;
import uk.org.throughline.application.order.OrderForms.BreachForm;
import uk.org.throughline.application.order.OrderForms.OrderForm;
import uk.org.throughline.application.order.OrderPermissions;
import uk.org.throughline.application.order.OrderTypeView;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.interfaces.order.dto.AdjournmentRequest;
import uk.org.throughline.interfaces.order.dto.BreachOutcomeRequest;
import uk.org.throughline.interfaces.order.dto.BreachRequest;
import uk.org.throughline.interfaces.order.dto.BreachResponse;
import uk.org.throughline.interfaces.order.dto.DischargeRequest;
import uk.org.throughline.interfaces.order.dto.ExtensionRequest;
import uk.org.throughline.interfaces.order.dto.NearbyOrdersResponse;
import uk.org.throughline.interfaces.order.dto.OrderRequest;
import uk.org.throughline.interfaces.order.dto.OrderResponse;
import uk.org.throughline.interfaces.order.dto.OrderSummaryResponse;
import uk.org.throughline.interfaces.order.dto.ServiceRequest;
import uk.org.throughline.interfaces.order.dto.VariationRequest;
import uk.org.throughline.interfaces.order.facade.OrderDtoMapper;
import uk.org.throughline.interfaces.shared.rest.InvalidRequestException;
import uk.org.throughline.interfaces.shared.rest.RequestValidator;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;
import uk.org.throughline.interfaces.shared.rest.Versions;

/**
 * Civil orders: record one, read it, list a person's, serve, vary, extend and discharge it, adjourn a
 * notice's hearing (each change sends the version read, in the body or as If-Match), and record its
 * breaches. Police and
 * admin write; every role reads, probation, YOT and facilitators without who is protected and
 * without police's wording unless police marked it shareable.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Civil orders", description = "Protective orders, their conditions, lifecycle and breaches")
public class OrderResource {

    @Inject
    CivilOrderService orders;

    @Inject
    RequestValidator validator;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("types")
    @RolesAllowed(OrderPermissions.READ)
    @Operation(summary = "The order types and their rules",
            description = "Who makes each, its duration limits, whether a breach is an offence and under which statute.")
    @APIResponse(responseCode = "200", description = "The order types")
    public List<OrderTypeView> types() {
        return orders.orderTypes();
    }

    @POST
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record an order",
            description = "The expiry must be after the made date and within the type's limits unless the court's "
                    + "reason is given; \"until further order\" only where the law allows it.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the new order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public Response create(OrderRequest request) {
        OrderForm form = OrderDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        OrderView order = orders.create(form);
        return Versions.created(uriInfo, order.id(), order.version(), OrderDtoMapper.toResponse(order));
    }

    @GET
    @RolesAllowed(OrderPermissions.READ)
    @Operation(summary = "A person's orders", description = "Every order the person is the respondent to or protected by.")
    @APIResponse(responseCode = "200", description = "The orders, newest first")
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public List<OrderSummaryResponse> ofPerson(
            @Parameter(required = true, description = "The person's id") @QueryParam("personId") Long personId,
            @Parameter(description = "true: only the orders in force or awaiting service, as the banner shows them")
            @QueryParam("current") boolean current) {
        if (personId == null) {
            throw new InvalidRequestException("personId", "Give the person's id");
        }
        return OrderDtoMapper.summaries(current ? orders.bannerFor(personId) : orders.ordersOf(personId));
    }

    @GET
    @Path("near")
    @RolesAllowed(OrderPermissions.SEARCH_NEAR_ADDRESS)
    @Operation(summary = "Orders in force at or near an address",
            description = "Orders in force (or awaiting service) with a protected person living, or an excluded address, "
                    + "in the same postcode sector as the postcode given (\"NN1 4\" of \"NN1 4AB\"), or whose first "
                    + "address line contains the text given, as typed. Each result's note says which address matched. "
                    + "At most 50, newest first; truncated says there were more: narrow the search.")
    @APIResponse(responseCode = "200", description = "The orders found",
            content = @Content(schema = @Schema(implementation = NearbyOrdersResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    public NearbyOrdersResponse near(
            @Parameter(description = "A postcode, or at least its sector, e.g. \"NN1 4AB\" or \"NN1 4\"")
            @QueryParam("postcode") String postcode,
            @Parameter(description = "At least 4 characters of the first line of the address, e.g. \"Larch Close\"")
            @QueryParam("address") String address) {
        NearbyOrders found = orders.inForceNear(postcode, address);
        return new NearbyOrdersResponse(OrderDtoMapper.summaries(found.orders()), found.truncated(), NearbyOrders.MOST);
    }

    @GET
    @Path("draft")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "A restraining order from a court case, or the full order after a notice, to complete",
            description = "courtCaseId: for a court case that recorded a restraining order made, the type (on "
                    + "conviction or on acquittal), respondent, made date and court, ready for the protected persons "
                    + "and conditions. noticeId: the DVPO (DAPO) following the DVPN (DAPN), with its respondent, "
                    + "protected persons and conditions, ready for the court, dates and changes.")
    @APIResponse(responseCode = "200", description = "The order to complete and POST",
            content = @Content(schema = @Schema(implementation = OrderRequest.class)))
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public OrderRequest draft(@QueryParam("courtCaseId") Long courtCaseId, @QueryParam("noticeId") Long noticeId) {
        if (courtCaseId == null && noticeId == null) {
            throw new InvalidRequestException("courtCaseId", "Give the court case's id or the notice's id");
        }
        return OrderDtoMapper.toRequest(courtCaseId == null ? orders.draftFromNotice(noticeId)
                : orders.draftFromCourtCase(courtCaseId));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(OrderPermissions.READ)
    @Operation(summary = "Read an order", description = "With its conditions, history and breaches; the ETag is the "
            + "version to send with a change.")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response read(@PathParam("id") long id) {
        return current(orders.view(id));
    }

    @POST
    @Path("{id}/service")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record service on the respondent", description = "The order binds him from then.")
    @APIResponse(responseCode = "200", description = "The served order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response serve(@PathParam("id") long id, ServiceRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                OrderDtoMapper.toForm(request), orders::serve));
    }

    @POST
    @Path("{id}/variations")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record a variation", description = "Conditions added or removed; removed ones stay, dated.")
    @APIResponse(responseCode = "200", description = "The varied order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response vary(@PathParam("id") long id, VariationRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                OrderDtoMapper.toForm(request), orders::vary));
    }

    @POST
    @Path("{id}/extensions")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record an extension", description = "To a later expiry, within the type's limits unless "
            + "the court's reason is given.")
    @APIResponse(responseCode = "200", description = "The extended order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response extend(@PathParam("id") long id, ExtensionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                OrderDtoMapper.toForm(request), orders::extend));
    }

    @POST
    @Path("{id}/discharge")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record the discharge", description = "For a notice, the full-order hearing that replaced it.")
    @APIResponse(responseCode = "200", description = "The discharged order",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response discharge(@PathParam("id") long id, DischargeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                OrderDtoMapper.toForm(request), orders::discharge));
    }

    @POST
    @Path("{id}/adjournment")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record that a notice's hearing was adjourned",
            description = "The hearing sat by the notice's deadline and the court adjourned it: the notice stays in "
                    + "force until the application is decided (Crime and Security Act 2010 s.27; Domestic Abuse Act "
                    + "2021 s.29(7)).")
    @APIResponse(responseCode = "200", description = "The notice",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    @APIResponse(responseCode = "422", ref = ThroughlineApi.BUSINESS_RULE)
    public Response adjournHearing(@PathParam("id") long id, AdjournmentRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return current(validator.change(id, RequestValidator.requireBody(request).version(), ifMatch,
                OrderDtoMapper.toForm(request), orders::adjournHearing));
    }

    @GET
    @Path("{id}/breaches")
    @RolesAllowed(OrderPermissions.READ)
    @Operation(summary = "The order's breaches", description = "Latest first.")
    @APIResponse(responseCode = "200", description = "The breaches")
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public List<BreachResponse> breaches(@PathParam("id") long id) {
        return orders.breaches(id).stream().map(OrderDtoMapper::toResponse).toList();
    }

    @POST
    @Path("{id}/breaches")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record a breach",
            description = "Only inside the order's in-force period (otherwise 400 on occurredAt with the period). "
                    + "Police and admin only.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the breach",
            content = @Content(schema = @Schema(implementation = BreachResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response recordBreach(@PathParam("id") long id, BreachRequest request) {
        BreachForm form = OrderDtoMapper.toForm(RequestValidator.requireBody(request));
        validator.validate(form);
        BreachView breach = orders.recordBreach(id, form);
        return Versions.created(uriInfo, breach.id(), breach.version(), OrderDtoMapper.toResponse(breach));
    }

    @GET
    @Path("{id}/breaches/{breachId}")
    @RolesAllowed(OrderPermissions.READ)
    @Operation(summary = "Read a breach", description = "The ETag is the version to send with its outcome.")
    @APIResponse(responseCode = "200", description = "The breach",
            content = @Content(schema = @Schema(implementation = BreachResponse.class)))
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    public Response breach(@PathParam("id") long id, @PathParam("breachId") long breachId) {
        BreachView breach = orders.breach(id, breachId);
        return Versions.current(breach.version(), OrderDtoMapper.toResponse(breach));
    }

    @POST
    @Path("{id}/breaches/{breachId}/outcome")
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "Record how a breach ended")
    @APIResponse(responseCode = "200", description = "The breach with its outcome",
            content = @Content(schema = @Schema(implementation = BreachResponse.class)))
    @APIResponse(responseCode = "400", ref = ThroughlineApi.INVALID)
    @APIResponse(responseCode = "404", ref = ThroughlineApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ThroughlineApi.CONFLICT)
    public Response recordBreachOutcome(@PathParam("id") long id, @PathParam("breachId") long breachId,
            BreachOutcomeRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BreachView breach = validator.change(breachId, RequestValidator.requireBody(request).version(), ifMatch,
                OrderDtoMapper.toForm(request), (breachRecord, version, form) ->
                        orders.recordBreachOutcome(id, breachRecord, version, form));
        return Versions.current(breach.version(), OrderDtoMapper.toResponse(breach));
    }

    private static Response current(OrderView order) {
        return Versions.current(order.version(), OrderDtoMapper.toResponse(order));
    }
}
