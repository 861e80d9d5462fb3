package uk.org.throughline.domain.model.caseload;

import java.util.Collection;

/**
 * Who may read a person's records (need to know, as nDelius' limited access and Primero's user scopes).
 * A restriction decides first and binds everyone, whatever their role: a record restricted to named
 * staff is closed to all others, and one closed to a member of staff is closed to them. Then police,
 * partner-contact workers, managers and administrators read everyone's records; probation officers, YOT
 * workers and programme facilitators read those of people on their caseload, and of others only once they
 * have given a reason.
 */
public final class CaseloadRule {

    private CaseloadRule() {
    }

    /**
     * @param username        who is asking
     * @param readsEveryone   whether their role reads every person's records
     * @param restrictions    the person's restrictions in force
     * @param onCaseload      whether the person is on their caseload
     * @param openedForReason whether they opened the person's records with a reason that has not lapsed
     */
    public static PersonAccess accessOf(String username, boolean readsEveryone,
            Collection<PersonRestriction> restrictions, boolean onCaseload, boolean openedForReason) {
        if (isRestrictedFor(username, restrictions)) {
            return PersonAccess.RESTRICTED;
        }
        if (readsEveryone) {
            return PersonAccess.EVERYONE;
        }
        if (onCaseload) {
            return PersonAccess.ON_CASELOAD;
        }
        return openedForReason ? PersonAccess.OPENED_FOR_REASON : PersonAccess.OFF_CASELOAD;
    }

    private static boolean isRestrictedFor(String username, Collection<PersonRestriction> restrictions) {
        boolean restrictedToOthers = restrictions.stream()
                .anyMatch(r -> r.kind() == RestrictionKind.RESTRICTED_TO)
                && restrictions.stream().noneMatch(r -> r.kind() == RestrictionKind.RESTRICTED_TO
                        && r.username().equals(username));
        boolean excluded = restrictions.stream()
                .anyMatch(r -> r.kind() == RestrictionKind.EXCLUDED && r.username().equals(username));
        return restrictedToOthers || excluded;
    }
}
