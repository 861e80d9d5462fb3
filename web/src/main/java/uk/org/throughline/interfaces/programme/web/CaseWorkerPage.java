package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.org.throughline.application.programme.ProgrammeWorklists;
import uk.org.throughline.application.programme.ProgrammeWorklists.CaseWorkerWorklist;

/**
 * "My people": the referrals the probation officer or YOT worker answers for, with each person's
 * next session and absences, and the warnings, breach referrals and tasks waiting on them.
 */
@Named
@ViewScoped
public class CaseWorkerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeWorklists worklists;

    private CaseWorkerWorklist worklist;

    public void load() {
        worklist = worklists.caseWorker();
    }

    public CaseWorkerWorklist getWorklist() {
        return worklist;
    }
}
