package uk.org.throughline.domain.model.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores candidate names against what was asked for and ranks people by their best name. A surname
 * spelt the same beats one that only sounds the same; a forename spelt the same beats one that starts
 * the same ("Jon" for Jonathan), which beats one that sounds the same; a matching date of birth adds
 * to the score; a match on an alias counts a little less than the same match on the person's own name.
 */
public final class NameMatcher {

    static final int EXACT_SURNAME = 55;
    static final int SOUNDALIKE_SURNAME = 35;
    static final int EXACT_FORENAME = 30;
    static final int FORENAME_PREFIX = 22;
    static final int SOUNDALIKE_FORENAME = 15;
    /** A search by surname alone says nothing against anyone's forename. */
    static final int NO_FORENAME_ASKED = 20;
    static final int SAME_INITIAL = 8;
    static final int SAME_DATE_OF_BIRTH = 15;
    static final int SAME_YEAR_OF_BIRTH = 10;
    /** A duplicate check where either date of birth is unknown: neither evidence for nor against. */
    static final int DATE_OF_BIRTH_UNKNOWN = 5;
    static final int ALIAS_PENALTY = 5;

    /** Best first; equal scores in name order, then oldest record first, so pages do not shuffle. */
    private static final Comparator<Scored> RANKING = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(scored -> scored.candidate().surnamePart())
            .thenComparing(scored -> scored.candidate().forename())
            .thenComparingLong(scored -> scored.candidate().personId());

    private NameMatcher() {
    }

    private record Scored(NameCandidate candidate, boolean exactSurname, int score) {
    }

    /**
     * People matching a search, best first, each once. A candidate must match the surname by spelling
     * or sound, the forename (if one was asked for) by spelling, start or sound, and the date-of-birth
     * range (if given).
     */
    public static List<PersonMatch> rankForSearch(NameQuery query, BirthDateRange born,
            List<NameCandidate> candidates) {
        List<Scored> scored = new ArrayList<>();
        for (NameCandidate candidate : candidates) {
            query.readings().stream()
                    .map(reading -> scoreForSearch(reading, born, candidate))
                    .flatMap(Optional::stream)
                    .max(Comparator.comparingInt(Scored::score))
                    .ifPresent(scored::add);
        }
        return bestPerPerson(scored);
    }

    /**
     * People who are probably the one about to be registered: the surname sounds the same and either
     * the date of birth is the same, or it is unknown on one side, or the forename initial is the same.
     */
    public static List<PersonMatch> rankForDuplicates(NameQuery.Reading reading, LocalDate dateOfBirth,
            List<NameCandidate> candidates) {
        List<Scored> scored = new ArrayList<>();
        for (NameCandidate candidate : candidates) {
            scoreForDuplicate(reading, dateOfBirth, candidate).ifPresent(scored::add);
        }
        return bestPerPerson(scored);
    }

    private static Optional<Scored> scoreForSearch(NameQuery.Reading reading, BirthDateRange born,
            NameCandidate candidate) {
        Optional<Integer> surnamePoints = surnamePoints(reading, candidate);
        if (surnamePoints.isEmpty() || (born != null && !born.contains(candidate.dateOfBirth()))) {
            return Optional.empty();
        }
        int forenamePoints = NO_FORENAME_ASKED;
        if (reading.hasForename()) {
            forenamePoints = forenamePoints(reading, candidate);
            if (forenamePoints == 0) {
                return Optional.empty();
            }
        }
        int birthPoints = born == null ? 0 : born.isSingleDay() ? SAME_DATE_OF_BIRTH : SAME_YEAR_OF_BIRTH;
        return Optional.of(scored(candidate, surnamePoints.get(), forenamePoints, birthPoints));
    }

    private static Optional<Scored> scoreForDuplicate(NameQuery.Reading reading, LocalDate dateOfBirth,
            NameCandidate candidate) {
        Optional<Integer> surnamePoints = surnamePoints(reading, candidate);
        if (surnamePoints.isEmpty()) {
            return Optional.empty();
        }
        boolean birthUnknown = dateOfBirth == null || candidate.dateOfBirth() == null;
        boolean sameBirth = !birthUnknown && dateOfBirth.equals(candidate.dateOfBirth());
        boolean sameInitial = reading.hasForename() && !candidate.forename().isEmpty()
                && reading.forename().charAt(0) == candidate.forename().charAt(0);
        if (!sameBirth && !birthUnknown && !sameInitial) {
            return Optional.empty();
        }
        int forenamePoints = reading.hasForename() ? forenamePoints(reading, candidate) : 0;
        if (forenamePoints == 0 && sameInitial) {
            forenamePoints = SAME_INITIAL;
        }
        int birthPoints = sameBirth ? SAME_DATE_OF_BIRTH : birthUnknown ? DATE_OF_BIRTH_UNKNOWN : 0;
        return Optional.of(scored(candidate, surnamePoints.get(), forenamePoints, birthPoints));
    }

    /** Empty when the surname neither is spelt the same nor sounds the same. */
    private static Optional<Integer> surnamePoints(NameQuery.Reading reading, NameCandidate candidate) {
        if (candidate.surnamePart().equals(reading.surnameWhole())) {
            return Optional.of(EXACT_SURNAME);
        }
        return reading.surnameKeys().contains(candidate.surnameKey()) ? Optional.of(SOUNDALIKE_SURNAME)
                : Optional.empty();
    }

    /** Zero when the forename does not match at all. */
    private static int forenamePoints(NameQuery.Reading reading, NameCandidate candidate) {
        String wanted = reading.forename();
        String found = candidate.forename();
        if (found.equals(wanted)) {
            return EXACT_FORENAME;
        }
        if (found.startsWith(wanted)) {
            return FORENAME_PREFIX;
        }
        return reading.forenameKeys().contains(candidate.forenameKey()) ? SOUNDALIKE_FORENAME : 0;
    }

    private static Scored scored(NameCandidate candidate, int surnamePoints, int forenamePoints, int birthPoints) {
        int score = surnamePoints + forenamePoints + birthPoints - (candidate.isAlias() ? ALIAS_PENALTY : 0);
        return new Scored(candidate, surnamePoints == EXACT_SURNAME, Math.max(0, Math.min(100, score)));
    }

    private static List<PersonMatch> bestPerPerson(List<Scored> scored) {
        scored.sort(RANKING);
        Map<Long, PersonMatch> best = new HashMap<>();
        List<PersonMatch> ranked = new ArrayList<>();
        for (Scored one : scored) {
            long personId = one.candidate().personId();
            if (!best.containsKey(personId)) {
                PersonMatch match = new PersonMatch(personId, one.candidate().aliasId(), one.exactSurname(),
                        one.score());
                best.put(personId, match);
                ranked.add(match);
            }
        }
        return ranked;
    }
}

