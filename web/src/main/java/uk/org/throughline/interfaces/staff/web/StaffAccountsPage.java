package uk.org.throughline.interfaces.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.org.throughline.application.staff.StaffDirectory;
import uk.org.throughline.application.staff.StaffView;
import uk.org.throughline.domain.model.staff.PoliceRank;
import uk.org.throughline.domain.model.staff.Role;
import uk.org.throughline.domain.shared.BusinessException;
import uk.org.throughline.domain.shared.InvalidFieldException;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * The staff accounts for an administrator, each with its police rank, and recording an officer's rank:
 * only an inspector or above may give a conditional caution although scheme rules failed.
 */
@Named
@ViewScoped
public class StaffAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Feedback feedback;

    private List<StaffView> accounts = List.of();
    private String username;
    private PoliceRank rank;

    public void load() {
        accounts = staffDirectory.accounts();
    }

    public void changeRank() {
        try {
            if (username == null) {
                throw new InvalidFieldException("username", "Select the account whose rank to record");
            }
            staffDirectory.changeRank(username, rank);
            feedback.info("Recorded the rank of " + username + " as " + rankLabel(rank));
            load();
        } catch (BusinessException refused) {
            feedback.error(refused);
        }
    }

    /** "Inspector", or "None (civilian staff)". */
    public String rankLabel(PoliceRank of) {
        return of == null ? "None (civilian staff)" : of.label();
    }

    /** Role labels in the enum's order, e.g. "Police, Administrator". */
    public String roleLabels(StaffView account) {
        return Role.labels(account.roles());
    }

    public PoliceRank[] getRanks() {
        return PoliceRank.values();
    }

    public List<StaffView> getAccounts() {
        return accounts;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public PoliceRank getRank() {
        return rank;
    }

    public void setRank(PoliceRank rank) {
        this.rank = rank;
    }
}
