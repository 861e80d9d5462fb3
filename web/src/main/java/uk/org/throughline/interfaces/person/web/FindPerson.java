package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import uk.org.throughline.application.person.PersonIndex;
import uk.org.throughline.application.person.PersonQuery;
import uk.org.throughline.application.person.PersonSummary;
import uk.org.throughline.application.shared.SearchPage;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * "Find a person", the home page. The search is in the address (q, dob, birthYear, page), so a
 * page of results can be bookmarked, shared or reloaded.
 */
@Named
@ViewScoped
public class FindPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The query's properties that the page's inputs name otherwise. */
    private static final Map<String, String> INPUT_IDS = Map.of("name", "q", "dateOfBirth", "dob");

    @Inject
    PersonIndex personIndex;

    @Inject
    Feedback feedback;

    private String name;
    private LocalDate dateOfBirth;
    private Integer birthYear;
    private int page;
    private SearchPage<PersonSummary> results;

    /** Runs the search in the address; on a first visit nothing has been asked yet. */
    public void search() {
        PersonQuery query = new PersonQuery(name, dateOfBirth, birthYear, page, PersonQuery.DEFAULT_PAGE_SIZE);
        if (name != null && feedback.valid(query, INPUT_IDS)) {
            results = personIndex.search(query);
        }
    }

    /** The Search button: a new search starts on its first page. */
    public String newSearch() {
        page = 0;
        return "/index?faces-redirect=true&includeViewParams=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** Null until a search has run. */
    public SearchPage<PersonSummary> getResults() {
        return results;
    }
}
