package uk.org.throughline.domain.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.org.throughline.domain.model.risk.RiskRecords.IDVA;
import static uk.org.throughline.domain.model.risk.RiskRecords.NOW;
import static uk.org.throughline.domain.model.risk.RiskRecords.TODAY;
import static uk.org.throughline.domain.model.risk.RiskRecords.VICTIM;
import static uk.org.throughline.domain.model.risk.RiskRecords.assessment;
import static uk.org.throughline.domain.model.risk.RiskRecords.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.order.ProtectedPerson;
import uk.org.throughline.domain.model.order.ProtectedRole;

/** SafeLives' repeat: further abuse between the same victim and perpetrator within 12 months of her last referral. */
class MaracRepeatRuleTest {

    private static final long HIM = 7L;
    private static final long ANOTHER_MAN = 8L;
    private static final long HER_CHILD = 9L;
    private static final long BREACH = 31L;
    private static final MaracThresholds USUAL = MaracThresholds.DEFAULTS;

    /** Her referral of 24/11/2026 naming {@code perpetrator}. */
    private static MaracReferral referralNaming(Long perpetrator) {
        return new MaracReferral(new MaracReferralDetails(VICTIM, perpetrator, TODAY, Agency.IDVA,
                MaracCriterion.VISIBLE_HIGH_RISK, null), facts(assessment(15), List.of(), null), USUAL, IDVA, TODAY,
                NOW);
    }

    /** His breach on that day of an order protecting her as its victim. */
    private static FurtherAbuse breachBy(long respondent, LocalDate on) {
        return FurtherAbuse.ofBreach(respondent, List.of(new ProtectedPerson(VICTIM, ProtectedRole.VICTIM)), on, BREACH)
                .get(0);
    }

    @Test
    void aBreachWithinTwelveMonthsOfHerLastReferralNamingHimIsARepeat() {
        MaracReferral referral = referralNaming(HIM);
        assertEquals(Optional.of(referral), MaracRepeatRule.referralRepeated(breachBy(HIM, LocalDate.of(2027, 3, 2)),
                List.of(referral), USUAL));
        assertEquals(Optional.of(referral), MaracRepeatRule.referralRepeated(breachBy(HIM, TODAY), List.of(referral),
                USUAL), "the day of the referral is within the window");
        assertEquals(Optional.of(referral), MaracRepeatRule.referralRepeated(breachBy(HIM, LocalDate.of(2027, 11, 24)),
                List.of(referral), USUAL), "the same day twelve months on is the window's last");
    }

    @Test
    void aBreachJustOutsideTheTwelveMonthsIsNoRepeat() {
        assertEquals(Optional.empty(), MaracRepeatRule.referralRepeated(breachBy(HIM, LocalDate.of(2027, 11, 25)),
                List.of(referralNaming(HIM)), USUAL));
    }

    @Test
    void abuseBeforeHerReferralRepeatsNothing() {
        assertEquals(Optional.empty(), MaracRepeatRule.referralRepeated(breachBy(HIM, TODAY.minusDays(1)),
                List.of(referralNaming(HIM)), USUAL));
    }

    @Test
    void aBreachByADifferentPerpetratorIsNoRepeat() {
        assertEquals(Optional.empty(), MaracRepeatRule.referralRepeated(breachBy(ANOTHER_MAN, TODAY.plusMonths(2)),
                List.of(referralNaming(HIM)), USUAL));
        assertEquals(Optional.empty(), MaracRepeatRule.referralRepeated(breachBy(HIM, TODAY.plusMonths(2)),
                List.of(referralNaming(null)), USUAL), "a referral naming no one repeats for no one");
    }

    @Test
    void aBreachOfAnOrderProtectingSomeoneNotAsItsVictimIsNoRepeat() {
        List<FurtherAbuse> abuses = FurtherAbuse.ofBreach(HIM, List.of(new ProtectedPerson(HER_CHILD,
                ProtectedRole.CHILD), new ProtectedPerson(VICTIM, ProtectedRole.VICTIM)), TODAY.plusDays(3), BREACH);
        assertEquals(List.of(new FurtherAbuse(VICTIM, HIM, TODAY.plusDays(3), MaracRepeatTrigger.ORDER_BREACH, BREACH)),
                abuses, "only the victim the order protects");
        assertEquals(List.of(), FurtherAbuse.ofBreach(HIM, List.of(new ProtectedPerson(HER_CHILD, ProtectedRole.CHILD)),
                TODAY.plusDays(3), BREACH));
    }

    @Test
    void aRepeatFlaggedAgainstHerLastReferralMeetsTheRepeatCriterionNamingTheBreach() {
        MaracReferral referral = referralNaming(HIM);
        MaracRepeat flagged = new MaracRepeat(referral, breachBy(HIM, TODAY.plusDays(40)),
                "breach of the Non-molestation order by SMITH, John on 03/01/2027", NOW);
        MaracSuggestion suggestion = MaracCriteria.suggest(new MaracFacts(assessment(6), List.of(), TODAY, flagged,
                TODAY.plusDays(41)), USUAL);
        assertEquals(Optional.of(flagged), suggestion.flaggedRepeat());
        assertEquals("MARAC referral suggested as a repeat. This would be a repeat referral: the last was on 24/11/2026,"
                + " within 12 months. Repeat criterion met: breach of the Non-molestation order by SMITH, John on "
                + "03/01/2027, within 12 months of her MARAC referral of 24/11/2026: refer her case back to MARAC.",
                suggestion.describe());
    }

    @Test
    void theRepeatWindowIsConfigurable() {
        MaracThresholds sixMonths = MaracThresholds.from(Map.of("throughline.marac.repeat-months", "6")::get);
        assertEquals(6, sixMonths.repeatMonths());
        assertEquals(12, MaracThresholds.from(Map.<String, String>of()::get).repeatMonths());
        assertEquals(Optional.empty(), MaracRepeatRule.referralRepeated(breachBy(HIM, TODAY.plusMonths(7)),
                List.of(referralNaming(HIM)), sixMonths));
    }
}
