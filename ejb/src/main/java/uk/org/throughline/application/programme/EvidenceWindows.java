package uk.org.throughline.application.programme;

/**
 * The evidence clock: an absence stays "failed to attend — awaiting evidence" for 5 working days
 * (configurable, {@code throughline.programme.evidence-working-days}) while the person may show a
 * reasonable excuse; then it is judged acceptable or unacceptable. The server checks every hour.
 */
public interface EvidenceWindows {

    /**
     * Prompts the case worker and the cohort's facilitators, with a task due today, to judge each
     * absence whose window has closed with it still awaiting evidence. Each absence is prompted for
     * once, however often or on however many servers this runs.
     *
     * @return how many absences were prompted for now
     */
    int promptJudgements();
}
