package uk.org.throughline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.NameCandidate;
import uk.org.throughline.domain.model.person.Person;
import uk.org.throughline.domain.model.person.PersonNameKey;
import uk.org.throughline.domain.model.person.PersonNames;
import uk.org.throughline.domain.model.person.PncId;
import uk.org.throughline.domain.model.person.WarningMarkerType;
import uk.org.throughline.domain.shared.RecordNotFoundException;

/**
 * People on the index, and the name-key rows that make them searchable. The keys are derived data
 * kept by hand in SQL (not mapped as entities) because the search reads them with hand-written index
 * lookups and nothing else ever loads them.
 */
@ApplicationScoped
public class PersonRepository {

    /** Summary lookups pad their id list to one of these sizes, so few statement shapes are compiled. */
    private static final int[] ID_LIST_SIZES = {10, 20, 50, 100};

    private static final String SUMMARY_SQL = "SELECT p.id, p.surname, p.forenames, p.date_of_birth, p.gender, "
            + "p.pnc_id, a.town, a.date_from, m.marker_type, al.id, al.surname, al.forenames "
            + "FROM person p "
            + "LEFT JOIN person_address a ON a.person_id = p.id AND a.date_from <= ? "
            + "AND (a.date_to IS NULL OR a.date_to >= ?) "
            + "LEFT JOIN warning_marker m ON m.person_id = p.id "
            + "LEFT JOIN person_alias al ON al.person_id = p.id "
            + "WHERE p.merged_into_id IS NULL AND p.id IN (";

    @PersistenceContext(unitName = "throughline")
    private EntityManager em;

    /**
     * What a search result shows of a person, read for a whole page in one statement.
     *
     * @param currentTown  town of the address lived at today (the one moved into last), or null
     * @param aliasNames   display names of the person's aliases by alias id
     */
    public record SummaryRow(long id, String surname, String forenames, LocalDate dateOfBirth, Gender gender,
            String pncId, String currentTown, List<WarningMarkerType> warningMarkers, Map<Long, String> aliasNames) {
    }

    /** Any person, including a retired duplicate. */
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** @throws RecordNotFoundException if there is no such person */
    public Person get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    /** @throws RecordNotFoundException if there is no such person or it was merged into another */
    public Person getActive(long id) {
        return find(id).filter(person -> !person.isRetired())
                .orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    /** The name of any person, as other records show it: "SURNAME, Forenames". */
    public String displayName(long id) {
        return get(id).displayName();
    }

    /** The names of any of these people, as other records show them, by id: one statement for a whole list. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p.id, p.surname, p.forenames FROM Person p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                        row -> PersonNames.display((String) row[1], (String) row[2])));
    }

    /** Another active person already recorded with this PNC ID, if any. */
    public Optional<Person> findActiveByPncId(PncId pncId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.pncId = :pncId AND p.mergedInto IS NULL "
                + "ORDER BY p.id", Person.class)
                .setParameter("pncId", pncId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Saves a new person and makes them searchable. */
    public void add(Person person) {
        em.persist(person);
        refreshNameKeys(person);
    }

    /**
     * Writes pending changes and rebuilds the person's name keys from their names and aliases as they
     * now are; a retired person's keys are removed, so the search never finds them. Call after every
     * change to a person's names, aliases or date of birth.
     *
     * @throws jakarta.persistence.OptimisticLockException if someone else changed the person meanwhile
     */
    public void refreshNameKeys(Person person) {
        // flushed first: new aliases need their ids, and a concurrent edit should fail here, not at commit
        em.flush();
        em.createNativeQuery(NameKeySql.DELETE_FOR_PERSON).setParameter(1, person.id()).executeUpdate();
        if (person.isRetired()) {
            return;
        }
        for (PersonNameKey key : person.nameKeys()) {
            Query insert = em.createNativeQuery(NameKeySql.INSERT);
            List<Object> values = NameKeySql.insertValues(person.id(), key, person.dateOfBirth());
            for (int i = 0; i < values.size(); i++) {
                insert.setParameter(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    /**
     * Points records that were merged into {@code from} at {@code to} instead, so every retired
     * duplicate leads straight to the live record.
     */
    public void redirectMerged(Person from, Person to) {
        em.createQuery("UPDATE Person p SET p.mergedInto = :to WHERE p.mergedInto = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
    }

    /** Runs a candidate lookup from {@link NameKeySql}. */
    public List<NameCandidate> findCandidates(NameKeySql.Statement lookup) {
        Query query = em.createNativeQuery(lookup.sql());
        bind(query, lookup.parameters(), 1);
        List<NameCandidate> candidates = new ArrayList<>();
        for (Object[] row : rows(query)) {
            candidates.add(new NameCandidate(((Number) row[0]).longValue(), longOrNull(row[1]), (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5], localDate(row[6])));
        }
        return candidates;
    }

    /**
     * Summaries of active people, with the town they live in on {@code today}, their warning markers
     * and their aliases, in one statement whatever the number of people (no query per person).
     */
    public Map<Long, SummaryRow> summaries(Set<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Object> ids = paddedIds(personIds);
        Query query = em.createNativeQuery(SUMMARY_SQL + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")");
        query.setParameter(1, Date.valueOf(today));
        query.setParameter(2, Date.valueOf(today));
        bind(query, ids, 3);
        Map<Long, SummaryBuilder> builders = new LinkedHashMap<>();
        for (Object[] row : rows(query)) {
            long id = ((Number) row[0]).longValue();
            builders.computeIfAbsent(id, key -> new SummaryBuilder(row)).add(row);
        }
        Map<Long, SummaryRow> summaries = new LinkedHashMap<>();
        builders.forEach((id, builder) -> summaries.put(id, builder.build()));
        return summaries;
    }

    /** Collects the rows the joins give for one person: one per address, marker and alias combination. */
    private static final class SummaryBuilder {

        private final Object[] person;
        private String town;
        private LocalDate townFrom;
        private final Set<WarningMarkerType> markers = new LinkedHashSet<>();
        private final Map<Long, String> aliasNames = new LinkedHashMap<>();

        SummaryBuilder(Object[] row) {
            this.person = row;
        }

        void add(Object[] row) {
            LocalDate from = localDate(row[7]);
            if (row[6] != null && (townFrom == null || from.isAfter(townFrom))) {
                town = (String) row[6];
                townFrom = from;
            }
            if (row[8] != null) {
                markers.add(WarningMarkerType.valueOf((String) row[8]));
            }
            if (row[9] != null) {
                aliasNames.put(((Number) row[9]).longValue(), PersonNames.display((String) row[10], (String) row[11]));
            }
        }

        SummaryRow build() {
            return new SummaryRow(((Number) person[0]).longValue(), (String) person[1], (String) person[2],
                    localDate(person[3]), Gender.valueOf((String) person[4]), (String) person[5], town,
                    List.copyOf(markers), aliasNames);
        }
    }

    private static List<Object> paddedIds(Set<Long> personIds) {
        List<Object> ids = new ArrayList<>(personIds);
        int size = ids.size();
        for (int bucket : ID_LIST_SIZES) {
            if (bucket >= ids.size()) {
                size = bucket;
                break;
            }
        }
        Object last = ids.get(ids.size() - 1);
        while (ids.size() < size) {
            ids.add(last);
        }
        return ids;
    }

    private static void bind(Query query, List<Object> values, int firstPosition) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(firstPosition + i, values.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
