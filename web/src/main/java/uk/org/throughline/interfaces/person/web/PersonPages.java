package uk.org.throughline.interfaces.person.web;

/** Navigation to the person page, by redirect so that reloading it never repeats a save. */
final class PersonPages {

    private PersonPages() {
    }

    static String personPage(long personId) {
        return "/person/view?faces-redirect=true&id=" + personId;
    }
}
