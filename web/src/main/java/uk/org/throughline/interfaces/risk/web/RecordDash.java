package uk.org.throughline.interfaces.risk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.risk.RiskAssessmentService;
import uk.org.throughline.application.risk.RiskAssessmentView;
import uk.org.throughline.application.risk.RiskForms.AssessmentForm;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.risk.AssessmentSource;
import uk.org.throughline.domain.model.risk.DashAnswer;
import uk.org.throughline.domain.model.risk.DashChecklist;
import uk.org.throughline.domain.model.risk.DashQuestion;
import uk.org.throughline.domain.model.risk.DashSection;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.shared.web.DateDisplay;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The DASH form ({@code ?person=}): the 24 checklist questions and the two optional screens, each
 * question a group of radio buttons; the score and level shown as the answers are given, and
 * professional judgement to raise the level with its reason. Saving goes to the assessment, where
 * the MARAC criteria are shown.
 */
@Named
@ViewScoped
public class RecordDash implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's repeats, named so a question's error lands on its group: checklist:3:answer. */
    private static final Map<DashSection, String> REPEATS = Map.of(DashSection.CHECKLIST, "checklist",
            DashSection.STALKING, "stalking", DashSection.HONOUR_BASED, "honour");

    @Inject
    DateDisplay dates;

    @Inject
    RiskAssessmentService assessments;

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

    private Long personId;
    private PersonView person;
    private LocalDate assessedOn;
    private String assessor;
    private AssessmentSource source;
    private DashLevel judgedLevel;
    private String judgementReason;
    private final Map<DashSection, List<Question>> questions = new EnumMap<>(DashSection.class);

    /** The form starts at today. */
    @PostConstruct
    void startToday() {
        assessedOn = dates.today();
    }

    public void load() {
        if (personId == null) {
            feedback.error(new BusinessException("The address does not say who is assessed"));
            return;
        }
        person = personIndex.view(personId);
        for (DashSection section : DashSection.values()) {
            questions.put(section, DashQuestion.of(section).stream().map(Question::new).toList());
        }
    }

    public String save() {
        Map<DashQuestion, DashAnswer> answers = new EnumMap<>(DashQuestion.class);
        questions.values().stream().flatMap(List::stream).filter(question -> question.answer != null)
                .forEach(question -> answers.put(question.question, question.answer));
        AssessmentForm form = new AssessmentForm(personId, assessedOn, assessor, source, null, answers, judgedLevel,
                judgementReason);
        if (!feedback.valid(form)) {
            return null;
        }
        RiskAssessmentView saved;
        try {
            saved = assessments.record(form);
        } catch (InvalidFieldException e) {
            feedback.error(onTheForm(e));
            return null;
        }
        feedback.flash("DASH assessment saved: score " + saved.score() + ", "
                + saved.level().label().toLowerCase(Locale.UK) + " risk.");
        return "/risk/assessment?faces-redirect=true&id=" + saved.id();
    }

    /** A question the service names (answers.STRANGULATION) is the radio group of its row on this form. */
    private InvalidFieldException onTheForm(InvalidFieldException e) {
        if (!e.field().startsWith("answers.")) {
            return e;
        }
        DashQuestion question = DashQuestion.valueOf(e.field().substring("answers.".length()));
        int row = DashQuestion.of(question.section()).indexOf(question);
        return new InvalidFieldException(REPEATS.get(question.section()) + "[" + row + "].answer", e.getMessage());
    }

    /** The checklist's score so far: the "yes" answers among its 24 questions. */
    public int getScore() {
        return (int) questions.getOrDefault(DashSection.CHECKLIST, List.of()).stream()
                .filter(question -> question.answer == DashAnswer.YES).count();
    }

    public DashLevel getLevel() {
        return DashChecklist.levelFor(getScore());
    }

    public List<Question> getChecklist() {
        return questions.get(DashSection.CHECKLIST);
    }

    public List<Question> getStalking() {
        return questions.get(DashSection.STALKING);
    }

    public List<Question> getHonour() {
        return questions.get(DashSection.HONOUR_BASED);
    }

    public List<DashAnswer> getAnswers() {
        return List.of(DashAnswer.values());
    }

    public List<AssessmentSource> getSources() {
        return List.of(AssessmentSource.values());
    }

    /** Every level: one not above the checklist's is refused on saving, with the reason. */
    public List<DashLevel> getLevels() {
        return List.of(DashLevel.values());
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public PersonView getPerson() {
        return person;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public AssessmentSource getSource() {
        return source;
    }

    public void setSource(AssessmentSource source) {
        this.source = source;
    }

    public DashLevel getJudgedLevel() {
        return judgedLevel;
    }

    public void setJudgedLevel(DashLevel judgedLevel) {
        this.judgedLevel = judgedLevel;
    }

    public String getJudgementReason() {
        return judgementReason;
    }

    public void setJudgementReason(String judgementReason) {
        this.judgementReason = judgementReason;
    }

    /** One question and the answer given so far. */
    public static class Question implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DashQuestion question;
        private DashAnswer answer;

        Question(DashQuestion question) {
            this.question = question;
        }

        public DashQuestion getQuestion() {
            return question;
        }

        public DashAnswer getAnswer() {
            return answer;
        }

        public void setAnswer(DashAnswer answer) {
            this.answer = answer;
        }
    }
}
