package uk.org.throughline.domain.model.incident;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.throughline.domain.shared.InvalidFieldException;

class PersonallyConnectedTest {

    private static final long SUSPECT = 1;
    private static final long VICTIM = 2;
    private static final LocalDate INCIDENT_DAY = LocalDate.of(2026, 12, 3);
    private static final List<Involvement> THEM = List.of(new Involvement(SUSPECT, InvolvementRole.SUSPECT),
            new Involvement(VICTIM, InvolvementRole.VICTIM));

    private static void check(RelationshipType relationship, LocalDate suspectBorn, LocalDate victimBorn) {
        Map<Long, LocalDate> born = new HashMap<>();
        born.put(SUSPECT, suspectBorn);
        born.put(VICTIM, victimBorn);
        PersonallyConnected.requireAgesFit(relationship, THEM, INCIDENT_DAY, id -> Optional.ofNullable(born.get(id)),
                id -> id == SUSPECT ? "HALL, Tyler" : "HALL, Dawn");
    }

    private static InvalidFieldException refused(RelationshipType relationship, LocalDate suspectBorn,
            LocalDate victimBorn) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> check(relationship, suspectBorn, victimBorn));
        assertEquals("relationship", refused.field());
        return refused;
    }

    @Test
    void partnersEitherUnder16AreNotDomesticAbuseBetweenPartners() {
        InvalidFieldException refused = refused(RelationshipType.CURRENT_INTIMATE_PARTNER,
                LocalDate.of(2008, 1, 1), LocalDate.of(2010, 12, 4));
        assertEquals("HALL, Dawn was 15 on 03/12/2026: abuse between partners is domestic abuse only when both are 16"
                + " or over (Domestic Abuse Act 2021 s.1). Refer it to children's social care as a safeguarding"
                + " concern, or correct the date of birth", refused.getMessage());
        refused(RelationshipType.FORMER_INTIMATE_PARTNER, LocalDate.of(2011, 5, 1), LocalDate.of(2000, 1, 1));
    }

    @Test
    void partnersWhoTurned16OnOrBeforeTheDayAreDomesticAbuse() {
        assertDoesNotThrow(() -> check(RelationshipType.CURRENT_INTIMATE_PARTNER, LocalDate.of(2010, 12, 3),
                LocalDate.of(2010, 12, 3)));
    }

    @Test
    void aChildUnder16ViolentToAParentIsChildToParentViolence() {
        InvalidFieldException refused = refused(RelationshipType.CHILD_TO_PARENT, LocalDate.of(2012, 6, 1),
                LocalDate.of(1985, 2, 2));
        assertEquals("HALL, Tyler was 14 on 03/12/2026: violence by a child under 16 to a parent is child-to-parent"
                + " violence, not domestic abuse (Domestic Abuse Act 2021 s.1). Choose \"Child-to-parent violence"
                + " (child under 16)\"", refused.getMessage());
        assertDoesNotThrow(() -> check(RelationshipType.CHILD_UNDER_16_TO_PARENT, LocalDate.of(2012, 6, 1),
                LocalDate.of(1985, 2, 2)));
    }

    @Test
    void aChildOf16ViolentToAParentIsDomesticAbuse() {
        assertDoesNotThrow(() -> check(RelationshipType.CHILD_TO_PARENT, LocalDate.of(2009, 6, 1),
                LocalDate.of(1985, 2, 2)));
        refused(RelationshipType.CHILD_UNDER_16_TO_PARENT, LocalDate.of(2009, 6, 1), LocalDate.of(1985, 2, 2));
    }

    @Test
    void anUnknownAgeIsNotHeldAgainstTheRecord() {
        assertDoesNotThrow(() -> check(RelationshipType.CURRENT_INTIMATE_PARTNER, null, null));
        assertDoesNotThrow(() -> check(RelationshipType.CHILD_UNDER_16_TO_PARENT, null, LocalDate.of(1985, 2, 2)));
    }
}
