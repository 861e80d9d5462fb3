package uk.org.throughline.interfaces.order.web;

import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.application.order.CivilOrderService;
import uk.org.throughline.application.order.OrderForms.OrderForm;
import uk.org.throughline.application.order.OrderForms.ProtectedPersonEntry;
import uk.org.throughline.application.order.OrderTypeView;
import uk.org.throughline.application.order.OrderView;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonQuery;
import uk.org.throughline.domain.model.order.Applicant;
import uk.org.throughline.domain.model.order.ProtectedRole;
import uk.org.throughline.interfaces.police.web.OfferedPeople;
import uk.org.throughline.interfaces.police.web.PersonChoice;
import uk.org.throughline.interfaces.police.web.PoliceRecording;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Record a civil order" against a respondent ({@code ?respondent=}), or the restraining order a
 * court case recorded as made ({@code ?courtCase=}, which fills the type, respondent, date and court),
 * or the DVPO (DAPO) made at a DVPN's (DAPN's) hearing ({@code ?notice=}, which fills the type,
 * respondent, protected persons and conditions from the notice and links the two): its protected
 * persons, chosen from the index, and its conditions, as many as the court made.
 */
@Named
@ViewScoped
public class RecordOrder implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    CivilOrderService orders;

    @Inject
    PersonIndex personIndex;

    @Inject
    PoliceRecording recording;

    @Inject
    Feedback feedback;

    @Inject
    Validator validator;

    private Long respondentId;
    private Long courtCaseId;
    private Long noticeId;
    private PersonChoice respondent;
    private List<OrderTypeView> types = List.of();
    private String orderType;
    private Applicant applicant;
    private String court;
    private String caseNumber;
    private LocalDate madeOn;
    private LocalDate expiresOn;
    private String durationReason;
    private boolean powerOfArrest;
    private final List<ProtectedRow> protectedPersons = new ArrayList<>();
    private final List<ConditionRow> conditions = new ArrayList<>();
    private final OfferedPeople offeredPeople = new OfferedPeople();

    public void load() {
        recording.require();
        types = orders.orderTypes();
        if (courtCaseId != null) {
            OrderForm draft = orders.draftFromCourtCase(courtCaseId);
            respondentId = draft.respondentId();
            orderType = draft.orderType();
            applicant = draft.applicant();
            court = draft.court();
            madeOn = draft.madeOn();
        }
        if (noticeId != null) {
            fillFrom(orders.draftFromNotice(noticeId));
        }
        if (respondentId != null) {
            respondent = PersonChoice.of(personIndex.view(respondentId));
        }
        if (protectedPersons.isEmpty()) {
            addProtectedPerson();
        }
        if (conditions.isEmpty()) {
            addCondition();
        }
    }

    /** The full order after a notice starts as the notice: its respondent, protected persons and conditions. */
    private void fillFrom(OrderForm draft) {
        respondentId = draft.respondentId();
        orderType = draft.orderType();
        applicant = draft.applicant();
        madeOn = draft.madeOn();
        draft.protectedPersons().forEach(entry -> {
            ProtectedRow row = new ProtectedRow();
            row.setPerson(PersonChoice.of(personIndex.view(entry.personId())));
            row.setRole(entry.role());
            protectedPersons.add(row);
        });
        draft.conditions().forEach(entry -> conditions.add(ConditionRow.of(entry)));
    }

    /** Listens for the form's postValidate event: see {@link Feedback#checkWholeForm}. */
    public void checkWholeForm(ComponentSystemEvent event) {
        feedback.checkWholeForm(event, this::form);
    }

    OrderForm form() {
        return new OrderForm(orderType, respondentId, applicant, court, caseNumber, courtCaseId, noticeId, madeOn,
                expiresOn,
                durationReason, powerOfArrest, protectedPersons.stream().map(ProtectedRow::toEntry).toList(),
                conditions.stream().map(ConditionRow::toEntry).toList());
    }

    public String save() {
        if (!feedback.valid(form())) {
            return null;
        }
        OrderView order = orders.create(form());
        feedback.flash(order.typeName() + " recorded");
        return OrderPages.order(order.id());
    }

    public List<PersonChoice> suggestPeople(String name) {
        PersonQuery query = new PersonQuery(name, null, null, 0, SUGGESTIONS);
        if (!validator.validate(query).isEmpty()) {
            return List.of();
        }
        return offeredPeople.offer(personIndex.search(query).items().stream().map(PersonChoice::of).toList());
    }

    public void addProtectedPerson() {
        protectedPersons.add(new ProtectedRow());
    }

    public void removeProtectedPerson(int index) {
        protectedPersons.remove(index);
    }

    public void addCondition() {
        conditions.add(new ConditionRow());
    }

    public void removeCondition(int index) {
        conditions.remove(index);
    }

    /** The chosen type's rules in words, under the type field. */
    public String getTypeHint() {
        return types.stream().filter(type -> type.code().equals(orderType)).findFirst()
                .map(type -> "Made by: " + type.madeBy() + ". Lasts " + type.duration() + ". Breach: "
                        + (type.breachIsOffence() ? "an offence, " : "") + type.breachStatute() + ".")
                .orElse("Each type's duration limits and breach rules are checked when you save.");
    }

    public List<OrderTypeView> getTypes() {
        return types;
    }

    public OfferedPeople getOfferedPeople() {
        return offeredPeople;
    }

    public PersonChoice getRespondent() {
        return respondent;
    }

    public Long getRespondentId() {
        return respondentId;
    }

    public void setRespondentId(Long respondentId) {
        this.respondentId = respondentId;
    }

    public Long getCourtCaseId() {
        return courtCaseId;
    }

    public void setCourtCaseId(Long courtCaseId) {
        this.courtCaseId = courtCaseId;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(Long noticeId) {
        this.noticeId = noticeId;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public void setApplicant(Applicant applicant) {
        this.applicant = applicant;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getDurationReason() {
        return durationReason;
    }

    public void setDurationReason(String durationReason) {
        this.durationReason = durationReason;
    }

    public boolean isPowerOfArrest() {
        return powerOfArrest;
    }

    public void setPowerOfArrest(boolean powerOfArrest) {
        this.powerOfArrest = powerOfArrest;
    }

    public List<ProtectedRow> getProtectedPersons() {
        return protectedPersons;
    }

    public List<ConditionRow> getConditions() {
        return conditions;
    }

    /** One protected person as typed: the person chosen from the suggestions, victim or child. */
    public static class ProtectedRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private PersonChoice person;
        private ProtectedRole role;

        ProtectedPersonEntry toEntry() {
            return new ProtectedPersonEntry(person == null ? null : person.id(), role);
        }

        public PersonChoice getPerson() {
            return person;
        }

        public void setPerson(PersonChoice person) {
            this.person = person;
        }

        public ProtectedRole getRole() {
            return role;
        }

        public void setRole(ProtectedRole role) {
            this.role = role;
        }
    }
}
