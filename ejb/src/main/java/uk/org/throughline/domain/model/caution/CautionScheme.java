package uk.org.throughline.domain.model.caution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.throughline.domain.model.incident.DashLevel;
import uk.org.throughline.domain.model.incident.PoliceFieldLengths;
import uk.org.throughline.domain.model.person.Gender;

/**
 * A local diversion scheme for domestic-abuse conditional cautions (Project PIPA in
 * Northamptonshire, on the Project CARA model): the programme it refers to and its eligibility rule
 * set with thresholds. Schemes are data (seeded by the migration) because every force shapes its own.
 */
@Entity
@Table(name = "caution_scheme")
public class CautionScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    /** What a rehabilitative condition under this scheme attends, and the referral is made to. */
    @Column(name = "programme_name", length = PoliceFieldLengths.PROGRAMME, nullable = false)
    private String programmeName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "caution_scheme_rule", joinColumns = @JoinColumn(name = "scheme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "rule", length = 40, nullable = false)
    private Set<EligibilityRule> rules = new HashSet<>();

    /** Null when the scheme takes offenders of any sex. */
    @Enumerated(EnumType.STRING)
    @Column(name = "required_gender", length = 20)
    private Gender requiredGender;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "lookback_months", nullable = false)
    private int lookbackMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "maximum_dash_level", length = 10, nullable = false)
    private DashLevel maximumDashLevel;

    /** Phrases an offence description must contain one of, e.g. "common assault", "criminal damage". */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "caution_scheme_offence", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    @Column(name = "offence_phrase", length = 100, nullable = false)
    private List<String> eligibleOffences = new ArrayList<>();

    @Column(name = "active", nullable = false)
    private boolean active;

    protected CautionScheme() {
        // for JPA
    }

    public CautionScheme(String name, String programmeName, Set<EligibilityRule> rules, Gender requiredGender,
            int minimumAge, int lookbackMonths, DashLevel maximumDashLevel, List<String> eligibleOffences) {
        this.name = name;
        this.programmeName = programmeName;
        this.rules.addAll(rules);
        this.requiredGender = requiredGender;
        this.minimumAge = minimumAge;
        this.lookbackMonths = lookbackMonths;
        this.maximumDashLevel = maximumDashLevel;
        this.eligibleOffences.addAll(eligibleOffences);
        this.active = true;
    }

    /** Checks every rule the scheme applies, in a fixed order, and says why each passed or failed. */
    public EligibilityAssessment assess(EligibilityFacts facts) {
        List<RuleResult> results = Arrays.stream(EligibilityRule.values())
                .filter(rules::contains)
                .map(rule -> rule.check(this, facts))
                .toList();
        return new EligibilityAssessment(name, results);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String programmeName() {
        return programmeName;
    }

    public Set<EligibilityRule> rules() {
        return Collections.unmodifiableSet(rules);
    }

    public Gender requiredGender() {
        return requiredGender;
    }

    public int minimumAge() {
        return minimumAge;
    }

    public int lookbackMonths() {
        return lookbackMonths;
    }

    public DashLevel maximumDashLevel() {
        return maximumDashLevel;
    }

    public List<String> eligibleOffences() {
        return Collections.unmodifiableList(eligibleOffences);
    }

    public boolean isActive() {
        return active;
    }
}
