package uk.org.throughline.application.caseload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.caseload.PersonAccess;

/**
 * The one check every read of a person's records passes through (need to know), and the records it
 * keeps: allocations to offender managers, restrictions, and records opened for a reason.
 */
public interface CaseloadAccess {

    /**
     * Who the person is, as far as the signed-in member of staff may know before opening the record: the name
     * and year of birth, or nothing of a restricted record.
     */
    PersonAccessView describe(long personId);

    /** What the signed-in member of staff may do with this person's records now. */
    PersonAccess accessTo(long personId);

    /** The same for many people at once (a search page, a list). */
    Map<Long, PersonAccess> accessTo(Collection<Long> personIds);

    /**
     * Passes when the signed-in member of staff may read this person's records; otherwise audits the
     * refused attempt (in a transaction of its own, so it stays when the caller's rolls back) and throws.
     *
     * @return the access that let the read through, for what the caller shows next (addresses)
     * @throws OutsideCaseloadException if the person is off their caseload or restricted to others
     */
    PersonAccess requireRead(long personId);

    /**
     * As {@link #requireRead(long)}, and also passes for a woman recorded as the victim of a man on the caller's
     * caseload: his workers manage the risk he poses, so they may learn that she is a victim, her risk level and
     * the orders protecting her (never where she is or how to reach her).
     */
    void requireReadAboutVictimOfTheirMan(long personId);

    /**
     * The same for everyone a record or page lists at once (an incident, a register, a cohort), in one query:
     * passes when the signed-in member of staff may read every one of them; otherwise audits each refused read
     * and throws.
     *
     * @throws OutsideCaseloadException if any of them is off their caseload or restricted to others
     */
    void requireRead(Collection<Long> personIds);

    /**
     * Opens the records of someone not on the worker's caseload for the rest of the working day, with the
     * reason given: audited as such, and the worker's team managers are alerted.
     *
     * @throws OutsideCaseloadException if the record is restricted (no reason opens it)
     */
    void openForReason(long personId, @NotNull @Valid CaseloadForms.ReasonForm form);

    /**
     * The people on a worker's caseload today, by name: one's own, or as a manager a member of one's teams'
     * (an administrator, anyone's).
     *
     * @throws uk.org.throughline.domain.shared.NotPermittedException for another worker's outside one's teams
     */
    List<CaseloadEntry> caseloadOf(@NotNull String username);

    /** The members of the teams the signed-in manager manages (for an administrator, every active worker). */
    List<StaffView> teamMembers();

    /** The person's offender managers, the current one first. */
    List<AllocationView> allocations(long personId);

    /** Allocates the person to an offender manager from a day; the current allocation ends the day before. */
    AllocationView allocate(long personId, @NotNull @Valid CaseloadForms.AllocationForm form);

    /** The probation officers and YOT workers a person may be allocated to. */
    List<StaffView> offenderManagers();

    /** The restrictions in force on a person's record. */
    List<RestrictionView> restrictions(long personId);

    RestrictionView restrict(long personId, @NotNull @Valid CaseloadForms.RestrictionForm form);

    void liftRestriction(long restrictionId, long expectedVersion);

    /**
     * Records opened outside caseloads between two days (inclusive): a manager's teams' members, or
     * everyone's for an administrator.
     */
    List<AccessForReasonView> openedOutsideCaseloads(@NotNull LocalDate from, @NotNull LocalDate to);
}
