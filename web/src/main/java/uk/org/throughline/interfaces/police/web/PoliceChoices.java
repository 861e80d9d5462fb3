package uk.org.throughline.interfaces.police.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.org.throughline.domain.model.disposal.DecisionMaker;
import uk.org.throughline.domain.model.disposal.OutcomeType;
import uk.org.throughline.domain.model.disposal.Plea;
import uk.org.throughline.domain.model.disposal.RequirementType;
import uk.org.throughline.domain.model.disposal.SentenceType;
import uk.org.throughline.domain.model.disposal.Verdict;
import uk.org.throughline.domain.model.incident.AbuseType;
import uk.org.throughline.domain.model.incident.CustodyResult;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.InvolvementRole;
import uk.org.throughline.domain.model.incident.OffenceClass;
import uk.org.throughline.domain.model.incident.RelationshipType;

/** The options of the police forms' lists, in the order the enums list them. */
@Named
@ApplicationScoped
public class PoliceChoices {

    public AbuseType[] getAbuseTypes() {
        return AbuseType.values();
    }

    public RelationshipType[] getRelationships() {
        return RelationshipType.values();
    }

    public InvolvementRole[] getRoles() {
        return InvolvementRole.values();
    }

    public OffenceClass[] getOffenceClasses() {
        return OffenceClass.values();
    }

    public DashLevel[] getDashLevels() {
        return DashLevel.values();
    }

    public CustodyResult[] getCustodyResults() {
        return CustodyResult.values();
    }

    public OutcomeType[] getOutcomeTypes() {
        return OutcomeType.values();
    }

    /**
     * An outcome as the disposal form offers it. The two caution outcomes are also those of a
     * conditional caution, which is given on its own page with its conditions: here they mean a
     * simple caution only, and say so.
     */
    public String outcomeOption(OutcomeType type) {
        return switch (type) {
            case CAUTION_ADULT -> type.code() + " \u2013 Simple caution \u2013 adult";
            case CAUTION_YOUTH -> type.code() + " \u2013 Simple caution \u2013 youth";
            default -> type.codeAndLabel();
        };
    }

    public DecisionMaker[] getDecisionMakers() {
        return DecisionMaker.values();
    }

    public Plea[] getPleas() {
        return Plea.values();
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public SentenceType[] getSentenceTypes() {
        return SentenceType.values();
    }

    public RequirementType[] getRequirementTypes() {
        return RequirementType.values();
    }
}
