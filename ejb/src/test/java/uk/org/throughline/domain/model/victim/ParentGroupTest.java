package uk.org.throughline.domain.model.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.model.calendar.SeededBankHolidays;
import uk.org.throughline.domain.model.programme.Programme;
import uk.org.throughline.domain.model.programme.ProgrammeRecords;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;

class ParentGroupTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final ParentGroup group = new ParentGroup("YUVA parents \u2013 Corby", "Corby Family Hub", "partner.demo",
            NOW);

    /** A parent's plan alongside her son's YUVA referral (or another programme's), with its id. */
    private static PartnerContactPlan parentPlan(Programme programme, long id) {
        VictimRecord parent = new VictimRecord(100 + id, new VictimDetails("partner.demo", null, null, false, null,
                null, null, null, null, null, false, null, false, Consent.NOT_ASKED, null), List.of(), List.of(),
                TODAY, NOW);
        ProgrammeReferral referral = ProgrammeRecords.received(programme, 200 + id);
        return ProgrammeRecords.setId(PartnerContactPlan.class, new PartnerContactPlan(parent, referral,
                SeededBankHolidays.table(), PartnerContactTimescales.DEFAULTS, NOW), id);
    }

    private static PartnerContactPlan accepted(long id) {
        PartnerContactPlan plan = parentPlan(ProgrammeRecords.yuva(), id);
        plan.decideSupport(SupportDecision.ACCEPTED, TODAY, null, TODAY, NOW);
        return plan;
    }

    @Test
    void onlyAParentWhoAcceptedParentSupportJoinsAParentGroup() {
        BusinessException notAccepted = assertThrows(BusinessException.class,
                () -> group.join(parentPlan(ProgrammeRecords.yuva(), 1), NOW));
        assertTrue(notAccepted.getMessage().startsWith("She has not accepted parent support (offered)"),
                notAccepted.getMessage());
        assertThrows(BusinessException.class, () -> group.join(parentPlan(ProgrammeRecords.buildingBetterRelationships(), 2), NOW));

        PartnerContactPlan plan = accepted(3);
        group.join(plan, NOW);
        assertEquals(List.of(plan), group.members());
        assertThrows(BusinessException.class, () -> group.join(plan, NOW));
    }

    @Test
    void aParentGroupRegisterMarksEveryParentAttendedOrAbsent() {
        PartnerContactPlan amara = accepted(1);
        PartnerContactPlan carol = accepted(2);
        group.join(amara, NOW);
        group.join(carol, NOW);
        ParentGroupSession session = new ParentGroupSession(group, TODAY, LocalTime.of(18, 30), NOW);

        assertEquals("lines", assertThrows(InvalidFieldException.class,
                () -> session.takeRegister(Map.of(1L, true), "partner.demo", TODAY, NOW)).field());
        assertThrows(BusinessException.class,
                () -> session.takeRegister(Map.of(1L, true, 2L, false, 9L, true), "partner.demo", TODAY, NOW));

        session.takeRegister(Map.of(1L, true, 2L, false), "partner.demo", TODAY, NOW);
        assertEquals(List.of(true, false), session.register().stream().map(ParentAttendance::attended).toList());
        assertEquals("partner.demo", session.registerTakenBy());
    }

    @Test
    void aParentGroupRegisterWaitsForTheDayOfTheSession() {
        group.join(accepted(1), NOW);
        ParentGroupSession nextWeek = new ParentGroupSession(group, TODAY.plusWeeks(1), LocalTime.of(18, 30), NOW);
        assertThrows(BusinessException.class,
                () -> nextWeek.takeRegister(Map.of(1L, true), "partner.demo", TODAY, NOW));
    }
}
