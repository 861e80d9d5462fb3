package uk.org.throughline.interfaces.order.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderPermissions;
import uk.org.throughline.interfaces.order.dto.OrderWorklistResponse;
import uk.org.throughline.interfaces.order.facade.OrderDtoMapper;
import uk.org.throughline.interfaces.shared.rest.ThroughlineApi;

/** What police must act on about civil orders this week. */
@Path("order-worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Civil orders")
public class OrderWorklistResource {

    @Inject
    CivilOrderService orders;

    @GET
    @RolesAllowed(OrderPermissions.RECORD)
    @Operation(summary = "The civil-order worklist",
            description = "DVPNs and DAPNs awaiting the full-order hearing (with the 48-hour deadline), orders not yet "
                    + "served, orders expiring within 14 days (throughline.orders.expiry-days) and breaches in the last 7 days.")
    @APIResponse(responseCode = "200", description = "The worklist")
    @APIResponse(responseCode = "403", ref = ThroughlineApi.FORBIDDEN)
    public OrderWorklistResponse worklist() {
        return OrderDtoMapper.toResponse(orders.worklist());
    }
}
