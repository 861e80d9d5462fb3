package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.programme.ProgrammeView;
import uk.org.throughline.application.programme.ReferralService;

/** The programme catalogue for an administrator to keep: each programme with a link to edit it. */
@Named
@ViewScoped
public class CatalogueList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralService referrals;

    private List<ProgrammeView> programmes;

    public void load() {
        programmes = referrals.programmes();
    }

    public List<ProgrammeView> getProgrammes() {
        return programmes;
    }
}
