package uk.org.throughline.application.victim;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A YUVA parent group with its parents and its sessions, each with its register once taken. */
public record ParentGroupView(long id, long version, String name, String venue, String worker, List<Parent> parents,
        List<Session> sessions) {

    public ParentGroupView {
        parents = List.copyOf(parents);
        sessions = List.copyOf(sessions);
    }

    /** A parent, by her parent-support plan, and her child on YUVA. */
    public record Parent(long planId, long personId, String name, String childName) {
    }

    /** @param register one line per parent once the register is taken; empty before */
    public record Session(long id, long version, LocalDate date, LocalTime startTime, String registerTakenBy,
            List<Line> register) {

        public Session {
            register = List.copyOf(register);
        }
    }

    public record Line(long planId, String name, boolean attended) {
    }
}
