package uk.org.throughline.interfaces.police.web;

/** Where a police page sends the user after a save: by a redirect, so that a reload never repeats it. */
final class PolicePages {

    private PolicePages() {
    }

    static String incident(long incidentId) {
        return "/police/incident?faces-redirect=true&id=" + incidentId;
    }

    static String courtCase(long courtCaseId) {
        return "/police/court-case?faces-redirect=true&id=" + courtCaseId;
    }
}
