package uk.org.throughline.interfaces.order.web;

import java.io.Serializable;
import uk.org.throughline.application.order.OrderForms.ConditionEntry;
import uk.org.throughline.domain.model.order.ConditionKind;

/** One condition as typed; which of its details count depends on its kind. */
public class ConditionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private ConditionKind kind;
    private String detail;
    private boolean wordingShareable;
    private Integer metres;
    private String addressLine;
    private String town;
    private String postcode;
    private boolean victimsAddress = true;

    /** A row holding a condition already recorded, such as a notice's, to carry into the full order. */
    static ConditionRow of(ConditionEntry entry) {
        ConditionRow row = new ConditionRow();
        row.kind = entry.kind();
        row.detail = entry.detail();
        row.wordingShareable = entry.wordingShareable();
        row.metres = entry.metres();
        row.addressLine = entry.addressLine();
        row.town = entry.town();
        row.postcode = entry.postcode();
        row.victimsAddress = entry.victimsAddress();
        return row;
    }

    ConditionEntry toEntry() {
        return new ConditionEntry(kind, detail, wordingShareable, metres, addressLine, town, postcode, victimsAddress);
    }

    public ConditionKind getKind() {
        return kind;
    }

    public void setKind(ConditionKind kind) {
        this.kind = kind;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public boolean isWordingShareable() {
        return wordingShareable;
    }

    public void setWordingShareable(boolean wordingShareable) {
        this.wordingShareable = wordingShareable;
    }

    public Integer getMetres() {
        return metres;
    }

    public void setMetres(Integer metres) {
        this.metres = metres;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public boolean isVictimsAddress() {
        return victimsAddress;
    }

    public void setVictimsAddress(boolean victimsAddress) {
        this.victimsAddress = victimsAddress;
    }
}
