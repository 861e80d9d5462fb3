package uk.org.throughline.interfaces.person.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The person page: who they are and, as later features arrive, everything recorded about them. */
@Named
@ViewScoped
public class ViewPerson extends PersonPage {

    private static final long serialVersionUID = 1L;
}
