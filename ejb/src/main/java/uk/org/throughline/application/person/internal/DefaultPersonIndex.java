package uk.org.throughline.application.person.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.application.audit.AuditTrail;
import uk.org.throughline.application.caseload.CaseloadAccess;
import uk.org.throughline.application.person.PersonForm;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonPermissions;
import uk.org.throughline.application.person.PersonQuery;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.person.PersonView;
import uk.org.throughline.application.person.PossibleDuplicateException;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.application.victim.internal.VictimAccess;
import uk.org.throughline.domain.model.audit.AuditAction;
import uk.org.throughline.domain.model.caseload.PersonAccess;
import uk.org.throughline.domain.model.person.BirthDateRange;
import uk.org.throughline.domain.model.person.NameMatcher;
import uk.org.throughline.domain.model.person.NameQuery;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.person.PersonMatch;
import uk.org.throughline.domain.model.person.PncId;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.ConcurrentEditException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.domain.shared.NotPermittedException;
import uk.org.throughline.domain.shared.UkDate;
import uk.org.throughline.infrastructure.persistence.NameKeySql;
import uk.org.throughline.infrastructure.persistence.PersonLinks;
import uk.org.throughline.infrastructure.persistence.PersonRepository;
import uk.org.throughline.infrastructure.persistence.PersonRepository.SummaryRow;
import uk.org.throughline.infrastructure.persistence.VictimRepository;

/**
 * The person index. Every method runs in one transaction (the default REQUIRED) with its audit
 * row, so a read or change is never without its record in the audit trail.
 */
@Stateless
public class DefaultPersonIndex implements PersonIndex {

    private static final String RECORD_TYPE = "Person";
    private static final int MAX_DUPLICATES = 10;
    private static final int SAME_PNC_SCORE = 100;

    @Inject
    private Clock clock;

    @Inject
    private PersonRepository people;

    @Inject
    private PersonLinks personLinks;

    @Inject
    private VictimRepository victims;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    @EJB
    private CaseloadAccess caseload;

    @Override
    @RolesAllowed(PersonPermissions.RECORD)
    public PersonView register(PersonForm form, boolean duplicatesReviewed) {
        Instant now = clock.instant();
        // everything is checked before the duplicate check, so the user corrects the form only once
        Person person = new Person(PersonMapping.details(form, UkDate.dayOf(now)), now);
        replaceLists(person, form, now);
        if (!duplicatesReviewed) {
            List<PersonSummary> matches = findLikelyDuplicates(form);
            if (!matches.isEmpty()) {
                throw new PossibleDuplicateException(matches);
            }
        }
        people.add(person);
        audit.record(AuditAction.CREATE, RECORD_TYPE, String.valueOf(person.id()),
                "Registered person " + person.displayName()
                        + (duplicatesReviewed ? " after the user reviewed possible duplicates" : ""), null);
        return PersonMapping.view(person, UkDate.dayOf(now), VictimAccess.textReader(session));
    }

    @Override
    @RolesAllowed(PersonPermissions.RECORD)
    public PersonView update(long personId, long expectedVersion, PersonForm form) {
        Instant now = clock.instant();
        Person person = people.getActive(personId);
        PersonAccess access = caseload.requireRead(personId);
        if (whereaboutsShownOf(Map.of(personId, access)).isEmpty()) {
            throw new NotPermittedException("You may not change the record of " + person.displayName() + ": someone "
                    + "at risk, or not on your caseload, is kept by the police and the partner-contact service.");
        }
        if (person.version() != expectedVersion) {
            throw new ConcurrentEditException("The record of " + person.displayName());
        }
        person.correctDetails(PersonMapping.details(form, UkDate.dayOf(now)), now);
        replaceLists(person, form, now);
        refreshNameKeys(person);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(personId),
                "Updated person " + person.displayName(), null);
        return PersonMapping.view(person, UkDate.dayOf(now), VictimAccess.textReader(session));
    }

    @Override
    @RolesAllowed(PersonPermissions.READ)
    public PersonView view(long personId) {
        Person person = people.getActive(personId);
        PersonAccess access = caseload.requireRead(personId);
        audit.record(AuditAction.VIEW, RECORD_TYPE, String.valueOf(personId),
                "Viewed person " + person.displayName(), null);
        PersonView view = PersonMapping.view(person, UkDate.today(clock), VictimAccess.textReader(session));
        return whereaboutsShownOf(Map.of(personId, access)).isEmpty() ? view.withoutAddresses() : view;
    }

    @Override
    @RolesAllowed(PersonPermissions.READ)
    public SearchPage<PersonSummary> search(PersonQuery query) {
        NameQuery name = NameQuery.parse(query.name());
        if (name.isEmpty()) {
            throw new InvalidFieldException("name", "Enter a name to search for, such as Smith or John Smith");
        }
        BirthDateRange born = BirthDateRange.of(query.dateOfBirth(), query.birthYear());
        // capped at NameKeySql.MAX_CANDIDATE_ROWS rows: for a very common name the count is of the
        // people among those rows, a lower bound, and the user is expected to narrow the search
        List<PersonMatch> ranked = NameMatcher.rankForSearch(name, born,
                people.findCandidates(NameKeySql.forSearch(name, born)));
        int from = (int) Math.min(ranked.size(), (long) query.page() * query.pageSize());
        List<PersonSummary> items = asTheCallerMaySee(summaries(ranked.subList(from,
                Math.min(ranked.size(), from + query.pageSize()))));
        audit.record(AuditAction.SEARCH, RECORD_TYPE, null, searchSummary(query, born) + found(items), null);
        return new SearchPage<>(items, query.page(), query.pageSize(), ranked.size());
    }

    @Override
    @RolesAllowed(PersonPermissions.READ)
    public List<PersonSummary> likelyDuplicates(PersonForm form) {
        List<PersonSummary> matches = findLikelyDuplicates(form);
        audit.record(AuditAction.SEARCH, RECORD_TYPE, null, "Checked for existing records of "
                + form.getSurname() + ", " + form.getForenames() + bornText(form.getDateOfBirth()) + found(matches),
                null);
        return matches;
    }

    @Override
    @RolesAllowed(PersonPermissions.MERGE)
    public PersonView merge(long survivorId, long duplicateId, String reason) {
        if (survivorId == duplicateId) {
            throw new BusinessException("A record cannot be merged into itself. Choose two different people.");
        }
        Instant now = clock.instant();
        Person survivor = people.get(survivorId);
        Person duplicate = people.get(duplicateId);
        if (victims.findByPerson(survivorId).isPresent() && victims.findByPerson(duplicateId).isPresent()) {
            throw new BusinessException("Both records have a victim record: the partner-contact service must combine "
                    + "them into one before the people are merged.");
        }
        String duplicateName = duplicate.displayName();
        survivor.absorb(duplicate, now);
        String moved = moveLinkedRecords(duplicate, survivor);
        refreshNameKeys(survivor);
        refreshNameKeys(duplicate);
        audit.record(AuditAction.MERGE, RECORD_TYPE, String.valueOf(survivorId),
                "Merged duplicate person " + duplicateId + " (" + duplicateName + ") into this record; " + moved,
                reason);
        audit.record(AuditAction.MERGE, RECORD_TYPE, String.valueOf(duplicateId),
                "Merged into person " + survivorId + " (" + survivor.displayName() + ") and retired; " + moved, reason);
        return PersonMapping.view(survivor, UkDate.dayOf(now), VictimAccess.textReader(session));
    }

    /**
     * Of these people (with the caller's access to each), those whose addresses and town the caller may know,
     * by allow-list: every one for a victim-facing role; for a perpetrator-facing role only those on its
     * caseload who are not at risk from anyone (never a victim, a protected person or a child present, nor
     * someone opened for a reason).
     */
    private Set<Long> whereaboutsShownOf(Map<Long, PersonAccess> access) {
        if (!VictimAccess.isPerpetratorFacing(session)) {
            return access.keySet();
        }
        Set<Long> atRisk = victims.atRiskAmong(access.keySet());
        return access.keySet().stream()
                .filter(id -> access.get(id) == PersonAccess.ON_CASELOAD && !atRisk.contains(id))
                .collect(Collectors.toSet());
    }

    /**
     * Search hits as the caller may see them: a restricted record not at all, someone whose records they may
     * not read by name and year of birth only, and a town only where they may know where the person lives.
     */
    private List<PersonSummary> asTheCallerMaySee(List<PersonSummary> found) {
        List<Long> ids = found.stream().map(PersonSummary::id).toList();
        Map<Long, PersonAccess> access = caseload.accessTo(ids);
        Set<Long> whereaboutsShown = whereaboutsShownOf(access);
        return found.stream()
                .filter(hit -> access.get(hit.id()) != PersonAccess.RESTRICTED)
                .map(hit -> !access.get(hit.id()).mayRead() ? hit.nameOnly()
                        : whereaboutsShown.contains(hit.id()) ? hit : hit.withoutTown())
                .toList();
    }

    /** The ids a search returned, for the audit trail (DPA 2018 s.62: what was consulted). */
    private static String found(List<PersonSummary> hits) {
        return hits.isEmpty() ? "; found no one"
                : "; returned " + hits.stream().map(hit -> String.valueOf(hit.id())).collect(Collectors.joining(", "));
    }

    /** Aliases, addresses and warning markers as on the form; notes withheld from the editor stay as they were. */
    private void replaceLists(Person person, PersonForm form, Instant now) {
        person.replaceAliases(PersonMapping.aliases(form), now);
        person.replaceAddresses(PersonMapping.addresses(form), now);
        person.replaceWarningMarkers(PersonMapping.warningMarkers(form, person.warningMarkers(),
                VictimAccess.textReader(session)), now);
    }

    /**
     * Moves everything linked to the duplicate to the survivor: earlier merges, the police records
     * (incident involvements, arrests, interviews, disposals, court cases, cautions), programme
     * referrals, and victim safety (her record, links to her perpetrators, alerts, DASH assessments,
     * MARAC referrals, safety plan items) and civil orders, as respondent or protected person.
     *
     * @return what was moved, for the audit trail
     */
    private String moveLinkedRecords(Person duplicate, Person survivor) {
        people.redirectMerged(duplicate, survivor);
        PersonLinks.Moved moved = personLinks.move(duplicate.id(), survivor.id());
        List<String> counts = new ArrayList<>();
        count(counts, moved.incidentInvolvements(), "incident involvement");
        count(counts, moved.arrests(), "arrest");
        count(counts, moved.voluntaryInterviews(), "voluntary interview");
        count(counts, moved.disposals(), "disposal");
        count(counts, moved.courtCases(), "court case");
        count(counts, moved.conditionalCautions(), "conditional caution");
        count(counts, moved.programmeReferrals(), "programme referral");
        count(counts, moved.victimRecords(), "victim record");
        count(counts, moved.riskAssessments(), "DASH risk assessment");
        count(counts, moved.maracReferrals(), "MARAC referral");
        count(counts, moved.safetyPlanItems(), "safety plan item");
        count(counts, moved.ordersAsRespondent(), "civil order as respondent");
        count(counts, moved.ordersAsProtected(), "civil order as protected person");
        return counts.isEmpty() ? "no linked records to move" : "moved " + String.join(", ", counts);
    }

    private static void count(List<String> counts, int number, String what) {
        if (number > 0) {
            counts.add(number + " " + what + (number == 1 ? "" : "s"));
        }
    }

    /** Saves and re-indexes; a concurrent edit detected on the way becomes a message for the user. */
    private void refreshNameKeys(Person person) {
        try {
            people.refreshNameKeys(person);
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("The record of " + person.displayName());
        }
    }

    /** Best first: anyone already holding the form's PNC ID, then people with a similar name. */
    private List<PersonSummary> findLikelyDuplicates(PersonForm form) {
        NameQuery.Reading reading = NameQuery.Reading.of(form.getSurname(), form.getForenames());
        List<PersonMatch> ranked = reading.surnameKeys().isEmpty() ? List.of()
                : NameMatcher.rankForDuplicates(reading, form.getDateOfBirth(),
                        people.findCandidates(NameKeySql.forDuplicates(reading, form.getDateOfBirth())));
        Optional<Long> samePnc = samePncId(form).map(Person::id);
        List<PersonMatch> best = new ArrayList<>();
        samePnc.ifPresent(id -> best.add(new PersonMatch(id, null, true, SAME_PNC_SCORE)));
        ranked.stream()
                .filter(match -> samePnc.map(id -> id != match.personId()).orElse(true))
                .limit(MAX_DUPLICATES - best.size())
                .forEach(best::add);
        List<PersonSummary> summaries = summaries(best);
        if (samePnc.isPresent() && !summaries.isEmpty()) {
            summaries.set(0, PersonMapping.matchedOn(summaries.get(0), "same PNC ID"));
        }
        return asTheCallerMaySee(summaries);
    }

    /** An existing person with the PNC ID on the form; a wrong PNC ID is left for the form's own checks. */
    private Optional<Person> samePncId(PersonForm form) {
        try {
            return Optional.ofNullable(PncId.parseOptional(form.getPncId(), UkDate.today(clock)))
                    .flatMap(people::findActiveByPncId);
        } catch (InvalidFieldException e) {
            return Optional.empty();
        }
    }

    /** One page of results, read in one statement, in ranked order; anyone merged meanwhile is left out. */
    private List<PersonSummary> summaries(List<PersonMatch> matches) {
        Set<Long> ids = new LinkedHashSet<>();
        matches.forEach(match -> ids.add(match.personId()));
        Map<Long, SummaryRow> rows = people.summaries(ids, UkDate.today(clock));
        List<PersonSummary> summaries = new ArrayList<>();
        for (PersonMatch match : matches) {
            SummaryRow row = rows.get(match.personId());
            if (row != null) {
                summaries.add(PersonMapping.summary(row, match));
            }
        }
        return summaries;
    }

    /** What was searched for, never what was found: the results are personal data about other people. */
    private static String searchSummary(PersonQuery query, BirthDateRange born) {
        String dates = "";
        if (born != null) {
            dates = born.isSingleDay() ? bornText(born.from()) : " born in " + born.from().getYear();
        }
        return "Searched for \"" + query.name().strip() + "\"" + dates + " (page " + (query.page() + 1) + ")";
    }

    private static String bornText(LocalDate dateOfBirth) {
        return dateOfBirth == null ? "" : " born " + UkDate.format(dateOfBirth);
    }
}
