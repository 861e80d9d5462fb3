package uk.org.throughline.domain.model.disposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Home Office outcome codes as listed in DOMAIN.md ("Incident → arrest → disposal"). */
class OutcomeTypeTest {

    @ParameterizedTest
    @CsvSource({
        "1, CHARGED_OR_SUMMONSED", "2, CAUTION_YOUTH", "3, CAUTION_ADULT", "4, TAKEN_INTO_CONSIDERATION",
        "5, OFFENDER_DIED", "6, PENALTY_NOTICE_FOR_DISORDER", "7, CANNABIS_KHAT_WARNING", "8, COMMUNITY_RESOLUTION",
        "9, NOT_IN_PUBLIC_INTEREST_CPS", "10, NOT_IN_PUBLIC_INTEREST_POLICE", "11, PROSECUTION_PREVENTED_UNDER_AGE",
        "12, PROSECUTION_PREVENTED_SUSPECT_ILL", "13, PROSECUTION_PREVENTED_VICTIM_OR_WITNESS",
        "14, EVIDENTIAL_DIFFICULTIES_SUSPECT_NOT_IDENTIFIED", "15, EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS",
        "16, EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT", "17, TIME_LIMIT_EXPIRED", "18, NO_SUSPECT_IDENTIFIED",
        "20, TRANSFERRED", "21, FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST", "22, DIVERSIONARY_ACTIVITY"
    })
    void eachCodeIsTheHomeOfficeOne(int code, OutcomeType type) {
        assertEquals(type, OutcomeType.ofCode(code).orElseThrow());
        assertEquals(code, type.code());
    }

    @Test
    void everyOutcomeHasOneOfTheTwentyOneCodes() {
        assertEquals(21, OutcomeType.values().length);
        assertTrue(OutcomeType.ofCode(19).isEmpty());
    }

    @Test
    void onlyAChargeGoesToCourt() {
        assertEquals(List.of(OutcomeType.CHARGED_OR_SUMMONSED),
                Arrays.stream(OutcomeType.values()).filter(OutcomeType::opensCourtCase).toList());
    }

    @Test
    void outcomesAreWrittenAsForcesWriteThem() {
        assertEquals("3 \u2013 Caution \u2013 adult (simple or conditional)", OutcomeType.CAUTION_ADULT.codeAndLabel());
    }
}
