package uk.org.throughline.application.victim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.org.throughline.application.victim.SupportForms.DecisionForm;
import uk.org.throughline.application.victim.SupportForms.ParentGroupForm;
import uk.org.throughline.application.victim.SupportForms.ParentRegisterForm;
import uk.org.throughline.application.victim.SupportForms.ParentSessionForm;
import uk.org.throughline.domain.model.victim.VictimFieldLengths;

/**
 * Parallel support for the mothers of Caring Dads fathers and the parents of YUVA's young people: offered
 * on her partner-contact plan when he is referred, accepted or declined, kept up by contacts and sessions
 * logged on the plan and, for YUVA, by parent groups with their own register. The victim-facing workers
 * keep and read it; the workers with him read only whether it was offered, taken up and kept up
 * ({@link #forReferral}).
 */
public interface ParallelSupportService {

    /** Her support alongside each referral that offers it, audited with the reason given. */
    List<SupportView> supportOf(long personId, @NotBlank(message = "Give the reason for viewing her details")
            @Size(max = VictimFieldLengths.REASON, message = "The reason is at most {max} characters") String reason);

    /** Records that she accepted or declined the support, and who supports her. */
    SupportView decide(long personId, long planId, long expectedVersion, @NotNull @Valid DecisionForm form);

    /** For the workers with him: the support offered alongside his referral, without her details. */
    List<ReferralSupportView> forReferral(long referralId);

    List<ParentGroupView> parentGroups();

    ParentGroupView parentGroup(long groupId);

    ParentGroupView createParentGroup(@NotNull @Valid ParentGroupForm form);

    /** A parent who accepted parent support joins the group. */
    ParentGroupView addParent(long groupId, long planId);

    ParentGroupView scheduleParentSession(long groupId, @NotNull @Valid ParentSessionForm form);

    /** Saves a session's register: every parent in the group attended or absent. */
    ParentGroupView saveParentRegister(long sessionId, @NotNull @Valid ParentRegisterForm form);
}
