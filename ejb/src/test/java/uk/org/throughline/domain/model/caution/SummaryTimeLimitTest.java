package uk.org.throughline.domain.model.caution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.incident.OffenceClass;

/** Magistrates' Courts Act 1980 s.127: summary-only offences are charged within 6 months. */
class SummaryTimeLimitTest {

    private static final LocalDate COMMITTED = LocalDate.of(2026, 1, 14);
    private static final LocalDate LIMIT = LocalDate.of(2026, 7, 14);
    private static final LocalDate LONG_AFTER_LIMIT = LocalDate.of(2026, 9, 1);
    private static final int WARNING_DAYS = 28;

    private static Offence offence(OffenceClass offenceClass) {
        return new Offence("Common assault (battery)", offenceClass, COMMITTED, COMMITTED);
    }

    private static Optional<String> warning(LocalDate deadline, LocalDate today) {
        return SummaryTimeLimit.warning(offence(OffenceClass.SUMMARY_ONLY), deadline, today, WARNING_DAYS);
    }

    @Test
    void aSummaryOnlyOffenceIsChargedWithinSixMonths() {
        assertEquals(Optional.of(LIMIT), SummaryTimeLimit.chargeBy(offence(OffenceClass.SUMMARY_ONLY)));
    }

    @Test
    void sixMonthsFromTheEndOfAugustIsTheEndOfFebruary() {
        Offence lateAugust = new Offence("Criminal damage", OffenceClass.SUMMARY_ONLY, LocalDate.of(2025, 8, 31),
                COMMITTED);
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), SummaryTimeLimit.chargeBy(lateAugust));
    }

    @ParameterizedTest
    @EnumSource(value = OffenceClass.class, names = {"EITHER_WAY", "INDICTABLE_ONLY"})
    void otherOffencesHaveNoLimitAndNoWarning(OffenceClass offenceClass) {
        assertTrue(SummaryTimeLimit.chargeBy(offence(offenceClass)).isEmpty());
        assertTrue(SummaryTimeLimit.warning(offence(offenceClass), LONG_AFTER_LIMIT, LONG_AFTER_LIMIT, WARNING_DAYS)
                .isEmpty());
    }

    @Test
    void noWarningWhileTheLimitIsAfterTheDeadlineAndMoreThanTheWarningPeriodAway() {
        assertTrue(warning(CautionRecords.DEFAULT_DEADLINE, LocalDate.of(2026, 1, 15)).isEmpty());
        assertTrue(warning(CautionRecords.DEFAULT_DEADLINE, LIMIT.minusDays(WARNING_DAYS + 1)).isEmpty());
    }

    @Test
    void warnsWhenTheLimitPassesBeforeTheDeadline() {
        assertEquals(Optional.of("The 6-month time limit to charge Common assault (battery) (14/07/2026) runs out by "
                + "the compliance deadline (22/07/2026): decide on any failure before then"),
                warning(LocalDate.of(2026, 7, 22), LocalDate.of(2026, 4, 1)));
    }

    @Test
    void warnsWhenTheLimitFallsOnTheDeadline() {
        assertTrue(warning(LIMIT, LocalDate.of(2026, 4, 1)).isPresent(),
                "a failure known only after the deadline could no longer be prosecuted");
    }

    @Test
    void warnsWithinTheWarningPeriod() {
        assertEquals(
                Optional.of("The 6-month time limit to charge Common assault (battery) is 14/07/2026, within 28 days"),
                warning(CautionRecords.DEFAULT_DEADLINE, LIMIT.minusDays(WARNING_DAYS)));
        assertTrue(warning(CautionRecords.DEFAULT_DEADLINE, LIMIT).isPresent());
    }

    @Test
    void saysWhenTheLimitHasPassed() {
        assertEquals(Optional.of("The 6-month time limit to charge Common assault (battery) passed on 14/07/2026: "
                + "the original offence can no longer be prosecuted"),
                warning(CautionRecords.DEFAULT_DEADLINE, LIMIT.plusDays(1)));
    }

    @Test
    void theOffenceCanBeChargedOnTheLastDay() {
        assertTrue(SummaryTimeLimit.passedBy(offence(OffenceClass.SUMMARY_ONLY), LIMIT).isEmpty());
        assertTrue(SummaryTimeLimit.passedBy(offence(OffenceClass.SUMMARY_ONLY), LIMIT.plusDays(1)).isPresent());
    }
}
