package uk.org.throughline.domain.model.disposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.PoliceText;

/**
 * One requirement of a sentence, e.g. accredited programme: Building Better Relationships. Its detail
 * (an exclusion's streets, a prohibited activity) may place her, so it reaches offender managers only
 * when police marked it shareable ({@link PoliceText}).
 */
@Embeddable
public class CommunityRequirement {

    @Enumerated(EnumType.STRING)
    @Column(name = "requirement_type", length = 30, nullable = false)
    private RequirementType type;

    /** The programme's name for an accredited programme; hours, days or place for the others. */
    @Column(name = "detail", length = PoliceFieldLengths.DESCRIPTION)
    private String detail;

    @Column(name = "detail_shareable", nullable = false)
    private boolean detailShareable;

    protected CommunityRequirement() {
        // for JPA
    }

    public CommunityRequirement(RequirementType type, PoliceText detail) {
        this.type = Fields.required(type, "requirements", "Select the type of each requirement");
        this.detail = type == RequirementType.ACCREDITED_PROGRAMME
                ? Fields.requiredText(detail.text(), PoliceFieldLengths.DESCRIPTION, "requirements",
                        "Name the accredited programme, e.g. Building Better Relationships")
                : Fields.optionalText(detail.text(), PoliceFieldLengths.DESCRIPTION, "requirements");
        this.detailShareable = detail.shareable();
    }

    public RequirementType type() {
        return type;
    }

    public PoliceText detail() {
        return new PoliceText(detail, detailShareable);
    }
}
