package uk.org.throughline.interfaces.programme.web;

/** Where a programme page sends the user after a change: by a redirect, so that a reload never repeats it. */
final class ProgrammePages {

    private ProgrammePages() {
    }

    static String cohort(long cohortId) {
        return "/programme/cohort?faces-redirect=true&id=" + cohortId;
    }
}
