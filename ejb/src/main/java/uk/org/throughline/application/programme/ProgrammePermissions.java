package uk.org.throughline.application.programme;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.org.throughline.domain.model.staff.Role;

/**
 * Who may do what with programmes, referrals, cohorts and registers. Each permission is a security role
 * the container checks ({@code @RolesAllowed} on the service, {@code isUserInRole} on a page); {@link
 * #GRANTED_TO} says which staff roles hold it, and sign-in grants each member of staff the permissions of
 * their roles.
 */
public final class ProgrammePermissions {

    /** Read programmes and referrals. */
    public static final String READ_REFERRALS = "programme.read-referrals";

    /** Refer, assess, complete or end referrals; read cohorts and registers; produce letters and reports. */
    public static final String WORK_WITH_REFERRALS = "programme.work-with-referrals";

    /** Set up and plan cohorts, allocate places and take registers. */
    public static final String RUN_COHORTS = "programme.run-cohorts";

    /** Take on or name a case worker, resolve enforcement and read the case worker's worklist. */
    public static final String CASE_WORK = "programme.case-work";

    /** Be named case worker on a referral. */
    public static final String CASE_WORKER = "programme.case-worker";

    /** Read the facilitator's worklist. */
    public static final String FACILITATE = "programme.facilitate";

    /** Override eligibility, assign case workers and read the manager's figures. */
    public static final String MANAGE = "programme.manage";

    /** Edit the programme catalogue and the bank holiday table. */
    public static final String EDIT_CATALOGUE = "programme.edit-catalogue";

    public static final Map<String, Set<Role>> GRANTED_TO = Map.ofEntries(
            Map.entry(READ_REFERRALS, EnumSet.of(Role.PROBATION, Role.YOT, Role.PROGRAMME_FACILITATOR, Role.PARTNER_CONTACT, Role.MANAGER, Role.ADMIN)),
            Map.entry(WORK_WITH_REFERRALS, EnumSet.of(Role.PROBATION, Role.YOT, Role.PROGRAMME_FACILITATOR, Role.MANAGER, Role.ADMIN)),
            Map.entry(RUN_COHORTS, EnumSet.of(Role.PROGRAMME_FACILITATOR, Role.MANAGER, Role.ADMIN)),
            Map.entry(CASE_WORK, EnumSet.of(Role.PROBATION, Role.YOT, Role.MANAGER, Role.ADMIN)),
            Map.entry(CASE_WORKER, EnumSet.of(Role.PROBATION, Role.YOT)),
            Map.entry(FACILITATE, EnumSet.of(Role.PROGRAMME_FACILITATOR, Role.ADMIN)),
            Map.entry(MANAGE, EnumSet.of(Role.MANAGER, Role.ADMIN)),
            Map.entry(EDIT_CATALOGUE, EnumSet.of(Role.ADMIN)));

    private ProgrammePermissions() {
    }
}
