package uk.org.throughline.application.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.org.throughline.domain.model.person.Disability;
import uk.org.throughline.domain.model.person.Ethnicity;
import uk.org.throughline.domain.model.person.FieldLengths;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.person.WarningMarkerType;

/**
 * What a user enters to create or edit a person. Bound directly by the UI forms and filled from the
 * API's JSON; the domain checks the rest (PNC check character, address date ranges).
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a surname")
    @Size(max = FieldLengths.NAME, message = "Surname is at most {max} characters")
    private String surname;

    @NotBlank(message = "Enter forenames")
    @Size(max = FieldLengths.NAME, message = "Forenames are at most {max} characters")
    private String forenames;

    @PastOrPresent(message = "Date of birth cannot be in the future")
    private LocalDate dateOfBirth;

    @NotNull(message = "Select a gender (choose 'Not known' if it is not known)")
    private Gender gender = Gender.NOT_KNOWN;

    private Ethnicity ethnicity;

    @NotNull(message = "Select whether the person has a disability")
    private Disability disability = Disability.NOT_KNOWN;

    @Size(max = FieldLengths.LANGUAGE, message = "First language is at most {max} characters")
    private String firstLanguage;

    private boolean interpreterRequired;

    /** As written by the user: "2019/1234567A" or "19/1234567A"; the domain checks the check letter. */
    @Size(max = 20, message = "PNC ID is at most {max} characters")
    @Pattern(regexp = "^$|^\\s*\\d{2}(\\d{2})?/\\d{1,7}[A-Za-z]\\s*$",
            message = "PNC ID must look like 2019/1234567A (year / serial number and check letter)")
    private String pncId;

    @Valid
    private List<AliasEntry> aliases = new ArrayList<>();

    @Valid
    private List<AddressEntry> addresses = new ArrayList<>();

    @Valid
    private List<WarningMarkerEntry> warningMarkers = new ArrayList<>();

    /** A form showing the record as it is now, ready to edit. */
    public static PersonForm of(PersonView person) {
        PersonForm form = new PersonForm();
        form.surname = person.surname();
        form.forenames = person.forenames();
        form.dateOfBirth = person.dateOfBirth();
        form.gender = person.gender();
        form.ethnicity = person.ethnicity();
        form.disability = person.disability();
        form.firstLanguage = person.firstLanguage();
        form.interpreterRequired = person.interpreterRequired();
        form.pncId = person.pncId();
        person.aliases().forEach(a -> form.aliases.add(new AliasEntry(a.surname(), a.forenames())));
        person.addresses().forEach(a -> form.addresses.add(
                new AddressEntry(a.line1(), a.line2(), a.town(), a.postcode(), a.from(), a.to())));
        person.warningMarkers().forEach(m -> form.warningMarkers.add(
                new WarningMarkerEntry(m.type(), m.since(), m.notes(), m.notesShareable())));
        return form;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getForenames() {
        return forenames;
    }

    public void setForenames(String forenames) {
        this.forenames = forenames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public Disability getDisability() {
        return disability;
    }

    public void setDisability(Disability disability) {
        this.disability = disability;
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public void setFirstLanguage(String firstLanguage) {
        this.firstLanguage = firstLanguage;
    }

    public boolean isInterpreterRequired() {
        return interpreterRequired;
    }

    public void setInterpreterRequired(boolean interpreterRequired) {
        this.interpreterRequired = interpreterRequired;
    }

    public String getPncId() {
        return pncId;
    }

    public void setPncId(String pncId) {
        this.pncId = pncId;
    }

    public List<AliasEntry> getAliases() {
        return aliases;
    }

    public void setAliases(List<AliasEntry> aliases) {
        this.aliases = aliases == null ? new ArrayList<>() : aliases;
    }

    public List<AddressEntry> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<AddressEntry> addresses) {
        this.addresses = addresses == null ? new ArrayList<>() : addresses;
    }

    public List<WarningMarkerEntry> getWarningMarkers() {
        return warningMarkers;
    }

    public void setWarningMarkers(List<WarningMarkerEntry> warningMarkers) {
        this.warningMarkers = warningMarkers == null ? new ArrayList<>() : warningMarkers;
    }

    /** Another name the person is known by. */
    public static class AliasEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "Enter the alias surname")
        @Size(max = FieldLengths.NAME, message = "Alias surname is at most {max} characters")
        private String surname;

        @Size(max = FieldLengths.NAME, message = "Alias forenames are at most {max} characters")
        private String forenames;

        public AliasEntry() {
        }

        public AliasEntry(String surname, String forenames) {
            this.surname = surname;
            this.forenames = forenames;
        }

        public String getSurname() {
            return surname;
        }

        public void setSurname(String surname) {
            this.surname = surname;
        }

        public String getForenames() {
            return forenames;
        }

        public void setForenames(String forenames) {
            this.forenames = forenames;
        }
    }

    /** An address the person lived at, from one date to another (open-ended if still there). */
    public static class AddressEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "Enter the first line of the address")
        @Size(max = FieldLengths.ADDRESS_LINE, message = "Address line is at most {max} characters")
        private String line1;

        @Size(max = FieldLengths.ADDRESS_LINE, message = "Address line is at most {max} characters")
        private String line2;

        @NotBlank(message = "Enter the town")
        @Size(max = FieldLengths.TOWN, message = "Town is at most {max} characters")
        private String town;

        @Pattern(regexp = "^$|^\\s*[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}\\s*$",
                message = "Postcode must be a UK postcode such as NN1 1AA")
        private String postcode;

        @NotNull(message = "Enter the date the person started living at the address")
        @PastOrPresent(message = "An address cannot start in the future")
        private LocalDate from;

        private LocalDate to;

        public AddressEntry() {
        }

        public AddressEntry(String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {
            this.line1 = line1;
            this.line2 = line2;
            this.town = town;
            this.postcode = postcode;
            this.from = from;
            this.to = to;
        }

        public String getLine1() {
            return line1;
        }

        public void setLine1(String line1) {
            this.line1 = line1;
        }

        public String getLine2() {
            return line2;
        }

        public void setLine2(String line2) {
            this.line2 = line2;
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

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }
    }

    /**
     * A safety warning marker, with when it was raised and why. Notes withheld from a perpetrator-facing
     * editor come to them as the held phrase, and sent back unchanged they keep what police wrote.
     */
    public static class WarningMarkerEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "Select the type of warning marker")
        private WarningMarkerType type;

        @PastOrPresent(message = "A warning marker cannot start in the future")
        private LocalDate since;

        @Size(max = FieldLengths.NOTES, message = "Warning notes are at most {max} characters")
        private String notes;

        /** Police agree the notes may be shared with offender managers (probation, YOT, facilitators). */
        private boolean notesShareable;

        public WarningMarkerEntry() {
        }

        public WarningMarkerEntry(WarningMarkerType type, LocalDate since, String notes, boolean notesShareable) {
            this.type = type;
            this.since = since;
            this.notes = notes;
            this.notesShareable = notesShareable;
        }

        public WarningMarkerType getType() {
            return type;
        }

        public void setType(WarningMarkerType type) {
            this.type = type;
        }

        public LocalDate getSince() {
            return since;
        }

        public void setSince(LocalDate since) {
            this.since = since;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public boolean isNotesShareable() {
            return notesShareable;
        }

        public void setNotesShareable(boolean notesShareable) {
            this.notesShareable = notesShareable;
        }
    }
}
