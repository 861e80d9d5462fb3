package uk.org.throughline.application.police;

import java.util.List;

/** How the suspects of one incident were dealt with: arrests, voluntary interviews and outcomes, oldest first. */
public record SuspectDealings(List<ArrestView> arrests, List<VoluntaryInterviewView> interviews,
        List<DisposalView> disposals) {

    public SuspectDealings {
        arrests = List.copyOf(arrests);
        interviews = List.copyOf(interviews);
        disposals = List.copyOf(disposals);
    }
}
