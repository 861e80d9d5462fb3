package uk.org.throughline.interfaces.caution.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.org.throughline.domain.model.caution.CautionTimescales;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ComplianceStatus;
import uk.org.throughline.domain.model.caution.NonComplianceOutcome;

/** The options of the caution pages' lists, and the configured timescales the pages mention. */
@Named
@ApplicationScoped
public class CautionChoices {

    private final CautionTimescales timescales = CautionTimescales.from(System::getProperty);

    /** The compliance period and the worklist's windows, as configured for the server. */
    public CautionTimescales getTimescales() {
        return timescales;
    }

    public CautionType[] getCautionTypes() {
        return CautionType.values();
    }

    /** What can become of an active condition. */
    public ComplianceStatus[] getConditionOutcomes() {
        return new ComplianceStatus[] {ComplianceStatus.COMPLIED, ComplianceStatus.FAILED, ComplianceStatus.WITHDRAWN};
    }

    public NonComplianceOutcome[] getDecisionOutcomes() {
        return NonComplianceOutcome.values();
    }
}
