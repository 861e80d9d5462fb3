package uk.org.throughline.application.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;
import uk.org.throughline.application.programme.CatalogueForms.RouteForm;
import uk.org.throughline.domain.model.programme.EnforcementPolicy;
import uk.org.throughline.domain.model.programme.ProgrammeDefinition;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.shared.InvalidFieldException;

class CatalogueFormsTest {

    @Test
    void anEntryOpenedAndSavedUnchangedIsTheSameEntry() {
        ProgrammeDefinition caringDads = ProgrammeRecords.caringDads().definition();
        ProgrammeForm form = ProgrammeForm.of(caringDads);
        assertEquals(List.of(ReferralRoute.CHILDRENS_SOCIAL_CARE, ReferralRoute.VOLUNTARY),
                form.enforcementByRoute().stream().map(RouteForm::route).toList(), "routes in their usual order");
        assertEquals(caringDads, form.definition());
    }

    @Test
    void aRouteGivenTwiceIsRefusedOnTheRoutes() {
        ProgrammeForm form = ProgrammeForm.of(ProgrammeRecords.caringDads().definition());
        ProgrammeForm twice = new ProgrammeForm(form.name(), form.targetGroup(), form.minimumAge(), form.maximumAge(),
                form.requiredGender(), form.childMaximumAge(), form.riskLevels(), form.exclusions(),
                List.of(new RouteForm(ReferralRoute.VOLUNTARY, EnforcementPolicy.NONE),
                        new RouteForm(ReferralRoute.VOLUNTARY, EnforcementPolicy.CASE_WORKER_DECIDES)),
                form.deliveryMode(), form.modules(), form.sessionMinutes(), form.weeksBetweenSessions(),
                form.minimumGroupSize(), form.capacity(), form.completionRule(), form.completionPercentage(),
                form.parallelSupport());
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, twice::definition);
        assertEquals("enforcementByRoute", refused.field());
        assertEquals("Give each route once", refused.getMessage());
    }
}
