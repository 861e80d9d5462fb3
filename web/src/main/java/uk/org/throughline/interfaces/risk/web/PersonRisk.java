package uk.org.throughline.interfaces.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskLevelView;

/** The risk section of the person page: her current level, which every role may see. */
@Named
@ViewScoped
public class PersonRisk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskAssessmentService assessments;

    private RiskLevelView level;

    public void load(Long personId) {
        if (personId != null) {
            level = assessments.currentLevel(personId);
        }
    }

    public RiskLevelView getLevel() {
        return level;
    }
}
