package uk.org.throughline.interfaces.risk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.risk.MaracService;
import uk.org.throughline.application.risk.MaracSuggestionView;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.domain.model.risk.DashSection;

/**
 * One DASH assessment ({@code ?id=}): score, levels and judgement, every answer, and what the MARAC
 * criteria say about her today, with the way to refer.
 */
@Named
@ViewScoped
public class ViewAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskAssessmentService assessments;

    @Inject
    MaracService marac;

    private Long id;
    private RiskAssessmentView assessment;
    private MaracSuggestionView suggestion;

    public void load() {
        assessment = assessments.view(id);
        suggestion = marac.suggestion(assessment.personId());
    }

    /** The answers of one section; empty for a screen that was left out. */
    public List<RiskAssessmentView.Answer> answersOf(DashSection section) {
        return assessment.answers().stream().filter(answer -> answer.section() == section).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RiskAssessmentView getAssessment() {
        return assessment;
    }

    public MaracSuggestionView getSuggestion() {
        return suggestion;
    }

    public List<DashSection> getSections() {
        return List.of(DashSection.values());
    }
}
