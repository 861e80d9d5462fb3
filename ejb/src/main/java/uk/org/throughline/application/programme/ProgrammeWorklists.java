package uk.org.throughline.application.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.org.throughline.domain.model.programme.ReferralStatus;

/**
 * What programme staff act on next. A facilitator: their sessions today and this week, and the
 * registers they have not completed. A probation officer or YOT worker: their people's next
 * session, absences, warnings awaiting a response, breach referrals and tasks. A manager: waiting
 * lists with wait times, capacity and completion rates per programme.
 */
public interface ProgrammeWorklists {

    FacilitatorWorklist facilitator();

    CaseWorkerWorklist caseWorker();

    List<ProgrammeFigures> manager();

    /** {@code sessionsThisWeek} runs Monday to Sunday and includes today's sessions. */
    record FacilitatorWorklist(LocalDate today, List<SessionView> sessionsToday, List<SessionView> sessionsThisWeek,
            List<SessionView> registersNotCompleted) {

        public FacilitatorWorklist {
            sessionsToday = List.copyOf(sessionsToday);
            sessionsThisWeek = List.copyOf(sessionsThisWeek);
            registersNotCompleted = List.copyOf(registersNotCompleted);
        }
    }

    record CaseWorkerWorklist(LocalDate today, List<PersonItem> people, List<ActionItem> warningsAwaitingResponse,
            List<ActionItem> breaches, List<ActionItem> tasks) {

        public CaseWorkerWorklist {
            people = List.copyOf(people);
            warningsAwaitingResponse = List.copyOf(warningsAwaitingResponse);
            breaches = List.copyOf(breaches);
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * One referral the case worker answers for.
     *
     * @param nextSession null when the person has no place or their cohort has no session to come
     * @param absences    sessions marked absent, whatever the judgement
     * @param failures    failures to comply recorded
     */
    record PersonItem(long referralId, long personId, String personName, String programmeName,
            ReferralStatus status, LocalDateTime nextSession, int absences, int failures) {
    }

    /**
     * A warning, breach referral or task; {@code dueOn} is the warning's respond-by date, {@code version}
     * goes back with a resolution.
     */
    record ActionItem(long actionId, long version, long referralId, String personName, String programmeName, LocalDate failedOn,
            String reason, LocalDate dueOn) {
    }

    /**
     * @param cohorts        the open cohorts, each with its places filled
     * @param completionRate whole per cent of ended referrals that completed; null before any ended
     */
    record ProgrammeFigures(long programmeId, String programmeName, List<WaitingItem> waiting, int openCohorts,
            int places, int placesTaken, List<CohortFill> cohorts, long completed, long notCompleted,
            Integer completionRate) {

        public ProgrammeFigures {
            waiting = List.copyOf(waiting);
            cohorts = List.copyOf(cohorts);
        }
    }

    record CohortFill(long cohortId, String name, int capacity, int placesTaken) {
    }

    record WaitingItem(long referralId, long personId, String personName, LocalDate waitingSince, long daysWaiting) {
    }
}
