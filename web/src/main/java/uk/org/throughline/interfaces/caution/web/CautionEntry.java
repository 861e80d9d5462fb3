package uk.org.throughline.interfaces.caution.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.domain.model.caution.CautionType;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.disposal.DecisionMaker;

/**
 * The conditional caution being filled in on the page. {@link CautionForm} is immutable, so the page
 * edits this and hands {@link #toForm()} to the service; the inputs are named like the form's
 * properties, so messages about {@code conditions[0].description} land on {@code conditions:0:description}.
 */
public class CautionEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long arrestId;
    private final Long voluntaryInterviewId;
    private CautionType cautionType;
    private Long schemeId;
    private Integer offenceIndex;
    private LocalDate cautionedOn;
    private boolean offenceAdmitted;
    private boolean consentSigned;
    private String victimViews;
    private boolean victimViewsShareable;
    private boolean victimRaisesSpecificRisk;
    private String appropriateAdult;
    private LocalDate complianceDeadline;
    private DecisionMaker decisionMaker;
    private final List<Condition> conditions = new ArrayList<>();
    private String eligibilityOverrideReason;

    /** Give one of the two: the caution follows either an arrest or a voluntary interview. */
    public CautionEntry(Long arrestId, Long voluntaryInterviewId) {
        this.arrestId = arrestId;
        this.voluntaryInterviewId = voluntaryInterviewId;
    }

    public CautionForm toForm() {
        return new CautionForm(arrestId, voluntaryInterviewId, cautionType, schemeId, offenceIndex, cautionedOn,
                offenceAdmitted, consentSigned, victimViews, victimViewsShareable, victimRaisesSpecificRisk,
                appropriateAdult, complianceDeadline, decisionMaker,
                conditions.stream().map(Condition::toEntry).toList(), eligibilityOverrideReason);
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public CautionType getCautionType() {
        return cautionType;
    }

    public void setCautionType(CautionType cautionType) {
        this.cautionType = cautionType;
    }

    public Long getSchemeId() {
        return schemeId;
    }

    public void setSchemeId(Long schemeId) {
        this.schemeId = schemeId;
    }

    public Integer getOffenceIndex() {
        return offenceIndex;
    }

    public void setOffenceIndex(Integer offenceIndex) {
        this.offenceIndex = offenceIndex;
    }

    public LocalDate getCautionedOn() {
        return cautionedOn;
    }

    public void setCautionedOn(LocalDate cautionedOn) {
        this.cautionedOn = cautionedOn;
    }

    public boolean isOffenceAdmitted() {
        return offenceAdmitted;
    }

    public void setOffenceAdmitted(boolean offenceAdmitted) {
        this.offenceAdmitted = offenceAdmitted;
    }

    public boolean isConsentSigned() {
        return consentSigned;
    }

    public void setConsentSigned(boolean consentSigned) {
        this.consentSigned = consentSigned;
    }

    public String getVictimViews() {
        return victimViews;
    }

    public void setVictimViews(String victimViews) {
        this.victimViews = victimViews;
    }

    public boolean isVictimViewsShareable() {
        return victimViewsShareable;
    }

    public void setVictimViewsShareable(boolean victimViewsShareable) {
        this.victimViewsShareable = victimViewsShareable;
    }

    public boolean isVictimRaisesSpecificRisk() {
        return victimRaisesSpecificRisk;
    }

    public void setVictimRaisesSpecificRisk(boolean victimRaisesSpecificRisk) {
        this.victimRaisesSpecificRisk = victimRaisesSpecificRisk;
    }

    public String getAppropriateAdult() {
        return appropriateAdult;
    }

    public void setAppropriateAdult(String appropriateAdult) {
        this.appropriateAdult = appropriateAdult;
    }

    public LocalDate getComplianceDeadline() {
        return complianceDeadline;
    }

    public void setComplianceDeadline(LocalDate complianceDeadline) {
        this.complianceDeadline = complianceDeadline;
    }

    public DecisionMaker getDecisionMaker() {
        return decisionMaker;
    }

    public void setDecisionMaker(DecisionMaker decisionMaker) {
        this.decisionMaker = decisionMaker;
    }

    public String getEligibilityOverrideReason() {
        return eligibilityOverrideReason;
    }

    public void setEligibilityOverrideReason(String eligibilityOverrideReason) {
        this.eligibilityOverrideReason = eligibilityOverrideReason;
    }

    /** One condition row; its type is chosen by the button that added it and decides which fields it has. */
    public static class Condition implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ConditionType type;
        private String description;
        private boolean wordingShareable;
        private String programmeName;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private BigDecimal amount;
        private Integer hours;

        public Condition(ConditionType type) {
            this.type = type;
        }

        CautionForm.ConditionEntry toEntry() {
            return new CautionForm.ConditionEntry(type, description, wordingShareable, programmeName, startsOn, endsOn,
                    amount, hours);
        }

        public ConditionType getType() {
            return type;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isWordingShareable() {
            return wordingShareable;
        }

        public void setWordingShareable(boolean wordingShareable) {
            this.wordingShareable = wordingShareable;
        }

        public String getProgrammeName() {
            return programmeName;
        }

        public void setProgrammeName(String programmeName) {
            this.programmeName = programmeName;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public Integer getHours() {
            return hours;
        }

        public void setHours(Integer hours) {
            this.hours = hours;
        }
    }
}
