package uk.org.throughline.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Another name a person is known by. Part of the person: it is replaced with the person's other
 * details on each edit, so it has no version of its own (the person's version guards it).
 */
@Entity
@Table(name = "person_alias")
public class Alias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "surname", length = FieldLengths.NAME, nullable = false)
    private String surname;

    @Column(name = "forenames", length = FieldLengths.NAME)
    private String forenames;

    protected Alias() {
        // for JPA
    }

    /** An alias needs at least a surname; forenames are often not known. */
    public Alias(String surname, String forenames) {
        this.surname = PersonNames.required(surname, "aliases", "Enter the alias surname");
        this.forenames = PersonNames.optional(forenames, "aliases");
    }

    void belongTo(Person owner) {
        this.person = owner;
    }

    /** Whether this alias is the same name as the one given, ignoring case, accents and punctuation. */
    public boolean sameNameAs(String otherSurname, String otherForenames) {
        return PersonNames.sameName(surname, forenames, otherSurname, otherForenames);
    }

    public Long id() {
        return id;
    }

    public String surname() {
        return surname;
    }

    public String forenames() {
        return forenames;
    }

    /** As police systems show names: "SMYTH, John", or just "SMYTH" when no forename is known. */
    public String displayName() {
        return PersonNames.display(surname, forenames);
    }
}
