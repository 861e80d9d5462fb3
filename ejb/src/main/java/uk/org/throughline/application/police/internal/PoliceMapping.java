package uk.org.throughline.application.police.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import uk.org.throughline.application.police.ArrestView;
import uk.org.throughline.application.police.CourtCaseView;
import uk.org.throughline.application.police.CourtForms.SentenceForm;
import uk.org.throughline.application.police.CustodyResultForm;
import uk.org.throughline.application.police.DisposalView;
import uk.org.throughline.application.police.IncidentForm;
import uk.org.throughline.application.police.IncidentView;
import uk.org.throughline.application.police.VoluntaryInterviewView;
import uk.org.throughline.domain.model.disposal.CommunityRequirement;
import uk.org.throughline.domain.model.disposal.CourtCase;
import uk.org.throughline.domain.model.disposal.Disposal;
import uk.org.throughline.domain.model.incident.Arrest;
import uk.org.throughline.domain.model.incident.BailCondition;
import uk.org.throughline.domain.model.incident.Incident;
import uk.org.throughline.domain.model.incident.IncidentDetails;
import uk.org.throughline.domain.model.incident.Involvement;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.PoliceReference;
import uk.org.throughline.domain.model.incident.SuspectContact;
import uk.org.throughline.domain.model.incident.VoluntaryInterview;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.CustodyRepository;

/** Between the police-journey forms and views the web layer uses and the incident and disposal model. */
final class PoliceMapping {

    private PoliceMapping() {
    }

    /**
     * The incident as typed; an offence without its own date happened on the day of the incident.
     *
     * @throws InvalidFieldException on "policeReference" or "offences" for a wrong reference or offence
     */
    static IncidentDetails incidentDetails(IncidentForm form, LocalDate today) {
        LocalDate incidentDay = form.occurredAt() == null ? null : form.occurredAt().toLocalDate();
        if (incidentDay != null) {
            // before the offences, which take the incident's day: the error belongs on the incident's time
            Fields.pastDate(incidentDay, today, "occurredAt", "date and time of the incident");
        }
        List<Offence> offences = form.offences().stream()
                .map(offence -> new Offence(offence.description(), offence.offenceClass(),
                        offence.offenceDate() == null ? incidentDay : offence.offenceDate(), today))
                .toList();
        List<Involvement> people = form.people().stream()
                .map(involved -> new Involvement(involved.personId(), involved.role()))
                .toList();
        return new IncidentDetails(PoliceReference.parse(form.policeReference()), UkDate.instant(form.occurredAt()),
                form.location(), form.abuseTypes(), form.relationship(), people, form.childrenPresent(), form.crime(),
                offences, form.dashLevel(), form.account());
    }

    /** @param placeAndAccountReadable false withholds where it happened and the account */
    static IncidentView incidentView(Incident incident, LongFunction<String> names, boolean placeAndAccountReadable) {
        List<Offence> offences = incident.offences();
        return new IncidentView(incident.id(), incident.version(), incident.reference().value(),
                incident.occurredAt(), placeAndAccountReadable ? incident.location() : null, incident.abuseTypes(),
                incident.relationship(),
                incident.involvements().stream()
                        .map(v -> new IncidentView.Involved(v.personId(), names.apply(v.personId()), v.role()))
                        .toList(),
                incident.childrenPresent(), incident.isCrime(),
                IntStream.range(0, offences.size())
                        .mapToObj(i -> new IncidentView.OffenceView(i, offences.get(i).description(),
                                offences.get(i).offenceClass(), offences.get(i).offenceDate()))
                        .toList(),
                incident.dashLevel(), placeAndAccountReadable ? incident.account() : null, !placeAndAccountReadable,
                incident.createdAt(), incident.updatedAt());
    }

    /**
     * The arrest or voluntary interview a form names: exactly one of the two.
     *
     * @throws InvalidFieldException on "arrestId" or "voluntaryInterviewId"
     */
    static SuspectContact contact(CustodyRepository custody, Long arrestId, Long voluntaryInterviewId) {
        if (arrestId != null && voluntaryInterviewId != null) {
            throw new InvalidFieldException("arrestId", "Give the arrest or the voluntary interview, not both");
        }
        if (arrestId != null) {
            return custody.findArrest(arrestId).orElseThrow(() -> new InvalidFieldException("arrestId",
                    "There is no arrest " + arrestId + ": choose one of the suspect's arrests"));
        }
        if (voluntaryInterviewId != null) {
            return custody.findVoluntaryInterview(voluntaryInterviewId).orElseThrow(() -> new InvalidFieldException(
                    "voluntaryInterviewId", "There is no voluntary interview " + voluntaryInterviewId
                            + ": choose one of the suspect's interviews"));
        }
        throw new InvalidFieldException("arrestId", "Select the arrest or voluntary interview the decision follows");
    }

    static List<BailCondition.Terms> bailConditions(CustodyResultForm form) {
        return form.bailConditions().stream()
                .map(condition -> new BailCondition.Terms(
                        new PoliceText(condition.text(), condition.wordingShareable()), condition.expiresOn()))
                .toList();
    }

    /** Conditions are "in force" as of {@code today}; their wording as {@code reader} may read it. */
    static ArrestView arrestView(Arrest arrest, String personName, LocalDate today, Reader reader) {
        return new ArrestView(arrest.id(), arrest.version(), arrest.incident().id(),
                arrest.incident().reference().value(), arrest.personId(), personName, arrest.custodyRecordNumber(),
                arrest.arrestedAt(), arrest.station(), arrest.custodyResult(), arrest.resultOn(),
                arrest.bailConditions().stream()
                        .map(b -> new ArrestView.BailConditionView(b.id(), b.wording().readBy(reader), b.imposedOn(),
                                b.expiresOn(), b.liftedOn(), b.isInForceOn(today)))
                        .toList());
    }

    static VoluntaryInterviewView voluntaryInterviewView(VoluntaryInterview interview, String personName) {
        return new VoluntaryInterviewView(interview.id(), interview.incident().id(),
                interview.incident().reference().value(), interview.personId(), personName,
                interview.interviewedAt(), interview.location());
    }

    static DisposalView disposalView(Disposal disposal, String personName, Long conditionalCautionId) {
        return new DisposalView(disposal.id(), disposal.incident().id(), disposal.incident().reference().value(),
                disposal.personId(), personName, disposal.arrest().map(Arrest::id).orElse(null),
                disposal.voluntaryInterview().map(VoluntaryInterview::id).orElse(null), disposal.outcomeType(),
                disposal.outcomeType().code(), disposal.outcomeType().label(), disposal.decisionMaker(),
                disposal.decidedOn(), disposal.reason(), disposal.courtCase().map(CourtCase::id).orElse(null),
                conditionalCautionId);
    }

    static List<CommunityRequirement> requirements(SentenceForm form) {
        return form.requirements().stream()
                .map(requirement -> new CommunityRequirement(requirement.type(),
                        new PoliceText(requirement.detail(), requirement.detailShareable())))
                .toList();
    }

    /** The case with each requirement's detail as {@code reader} may read it. */
    static CourtCaseView courtCaseView(CourtCase courtCase, String personName, Reader reader) {
        return new CourtCaseView(courtCase.id(), courtCase.version(), courtCase.disposal().id(), courtCase.personId(),
                personName, courtCase.stage(), courtCase.plea(), courtCase.pleadedOn(), courtCase.verdict(),
                courtCase.verdictOn(), courtCase.sentenceType(), courtCase.sentencedOn(), courtCase.sentenceEndsOn(),
                courtCase.requirements().stream()
                        .map(r -> new CourtCaseView.Requirement(r.type(), r.detail().readBy(reader)))
                        .toList(),
                courtCase.restrainingOrderMadeOn(),
                courtCase.hearings().stream()
                        .map(h -> new CourtCaseView.Hearing(h.id(), h.hearingDate(), h.court(), h.result()))
                        .toList());
    }
}
