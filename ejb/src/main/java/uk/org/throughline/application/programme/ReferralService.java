package uk.org.throughline.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import uk.org.throughline.application.programme.ReferralForms.AllocationForm;
import uk.org.throughline.application.programme.ReferralForms.AssessmentForm;
import uk.org.throughline.application.programme.ReferralForms.CaseWorkerForm;
import uk.org.throughline.application.programme.ReferralForms.OutcomeForm;
import uk.org.throughline.application.programme.ReferralForms.ReferralForm;
import uk.org.throughline.application.programme.ReferralForms.ResolutionForm;
import uk.org.throughline.application.programme.ReferralForms.StepForm;
import uk.org.throughline.application.staff.StaffView;

/**
 * Programme referrals from every route, through their lifecycle: received, assessed, waiting,
 * allocated, in progress (started by the first register they are on), completed or not. A caution's
 * referral carries its outcome to the caution's programme condition. Each change takes the version
 * the user last read.
 *
 * @throws uk.org.throughline.domain.shared.ConcurrentEditException if the referral changed since it was read
 */
public interface ReferralService {

    /** The catalogue, to refer to and plan cohorts with. */
    List<ProgrammeView> programmes();

    /**
     * @throws uk.org.throughline.domain.model.programme.IneligibleForProgrammeException naming the failed criteria,
     *         unless an override reason is given
     * @throws uk.org.throughline.domain.shared.NotPermittedException if the caller may not override eligibility
     */
    ReferralView refer(@NotNull @Valid ReferralForm form);

    ReferralView view(long referralId);

    /** The person's referrals, newest first, for their page. */
    List<ReferralView> referralsOf(long personId);

    /** The referral with the person's attendance and the enforcement of each failure, for its page. */
    ReferralRecord record(long referralId);

    /** The open cohorts of the referral's programme with a place left, soonest first; empty before it is linked. */
    List<ReferralRecord.Place> placesFor(long referralId);

    /** Ties a caution's referral that names its programme loosely to the catalogue's programme. */
    ReferralView linkProgramme(long referralId, long expectedVersion, long programmeId);

    ReferralView assess(long referralId, long expectedVersion, @NotNull @Valid AssessmentForm form);

    ReferralView addToWaitingList(long referralId, long expectedVersion, @NotNull @Valid StepForm form);

    ReferralView allocate(long referralId, long expectedVersion, @NotNull @Valid AllocationForm form);

    /**
     * Records completion, which the programme's completion rule must allow. For a caution's referral
     * the caution's programme condition is complied with; if the caution's deadline had passed, the
     * completion stands and the condition is left for the police to decide, as {@code cautionNote} says.
     */
    ReferralView complete(long referralId, long expectedVersion, @NotNull @Valid StepForm form);

    /** Ends the referral without completion; for a caution's referral its programme condition fails. */
    ReferralView endNotCompleted(long referralId, long expectedVersion, @NotNull @Valid OutcomeForm form);

    /** The active probation officers' and YOT workers' accounts, by name: whom a manager may name case worker. */
    List<StaffView> caseWorkers();

    /**
     * Names who answers for the person from the date given: a probation officer or YOT worker takes the
     * referral on themselves (the form names no one, or them); a manager or administrator assigns it to
     * an active probation officer's or YOT worker's account. The person is then on that worker's "My
     * people" and alerts about him go to them. The status stays; the history keeps the step.
     *
     * @throws uk.org.throughline.domain.shared.NotPermittedException if a worker names someone else
     * @throws uk.org.throughline.domain.shared.InvalidFieldException naming {@code caseWorker} if the account is not
     *         an active probation officer's or YOT worker's, or already answers for the person
     */
    ReferralView nameCaseWorker(long referralId, long expectedVersion, @NotNull @Valid CaseWorkerForm form);

    /**
     * Records how a breach referral or a case worker's task ended; a resolved breach restarts the count
     * of warnings. A warning or failed caution condition stands as given and cannot be resolved.
     *
     * @throws uk.org.throughline.domain.shared.ConcurrentEditException if the action changed since it was read
     */
    ReferralRecord.EnforcementItem resolveEnforcement(long actionId, long expectedVersion,
            @NotNull @Valid ResolutionForm form);
}
