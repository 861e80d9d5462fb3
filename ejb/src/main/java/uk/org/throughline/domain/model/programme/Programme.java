package uk.org.throughline.domain.model.programme;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.shared.Fields;
import uk.org.throughline.domain.shared.InvalidFieldException;

/**
 * A programme in the catalogue (Project PIPA, Caring Dads, YUVA, Building Better Relationships):
 * who it is for, the routes it takes referrals from and what follows a failure on each, how it is
 * delivered, and what completing it takes. Catalogue data, seeded by the migration and edited by an
 * administrator, because every area shapes its programmes locally.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "name", length = ProgrammeFieldLengths.NAME, nullable = false)
    private String name;

    @Column(name = "target_group", length = ProgrammeFieldLengths.TARGET_GROUP, nullable = false)
    private String targetGroup;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_gender", length = 20)
    private Gender requiredGender;

    @Column(name = "child_maximum_age")
    private Integer childMaximumAge;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_risk_level", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 20, nullable = false)
    private Set<RiskLevel> riskLevels = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_exclusion", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion", length = 40, nullable = false)
    private Set<ProgrammeExclusion> exclusions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_route", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "route", length = 30)
    @Enumerated(EnumType.STRING)
    @Column(name = "enforcement_policy", length = 30, nullable = false)
    private Map<ReferralRoute, EnforcementPolicy> enforcementByRoute = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", length = 20, nullable = false)
    private DeliveryMode deliveryMode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_module", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ProgrammeModule> modules = new ArrayList<>();

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(name = "weeks_between_sessions", nullable = false)
    private int weeksBetweenSessions;

    @Column(name = "minimum_group_size", nullable = false)
    private int minimumGroupSize;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", length = 30, nullable = false)
    private CompletionRule completionRule;

    @Column(name = "completion_percentage")
    private Integer completionPercentage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_parallel_support", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "support", length = 30, nullable = false)
    private Set<ParallelSupport> parallelSupport = new HashSet<>();

    protected Programme() {
        // for JPA
    }

    /** @throws InvalidFieldException naming the field of the definition that is wrong */
    public Programme(ProgrammeDefinition definition) {
        define(definition);
    }

    /**
     * An administrator's change to the catalogue entry, checked as a new one is.
     *
     * @throws InvalidFieldException naming the field of the definition that is wrong
     */
    public void redefine(ProgrammeDefinition definition) {
        define(definition);
    }

    /** The entry as an administrator edits it. */
    public ProgrammeDefinition definition() {
        return new ProgrammeDefinition(name, targetGroup, minimumAge, maximumAge, requiredGender, childMaximumAge,
                Set.copyOf(riskLevels), Set.copyOf(exclusions), Map.copyOf(enforcementByRoute), deliveryMode,
                List.copyOf(modules), sessionMinutes, weeksBetweenSessions, minimumGroupSize, capacity, completionRule,
                completionPercentage, Set.copyOf(parallelSupport));
    }

    private void define(ProgrammeDefinition definition) {
        String checkedName = Fields.requiredText(definition.name(), ProgrammeFieldLengths.NAME, "name",
                "Enter the programme's name");
        String checkedTargetGroup = Fields.requiredText(definition.targetGroup(), ProgrammeFieldLengths.TARGET_GROUP,
                "targetGroup", "Describe who the programme is for");
        checkAges(definition);
        nonEmpty(definition.riskLevels(), "riskLevels", "Select the risk levels the programme takes");
        nonEmpty(definition.enforcementByRoute().keySet(), "enforcementByRoute",
                "Select the routes the programme takes referrals from");
        definition.enforcementByRoute().forEach(Programme::checkPolicy);
        nonEmpty(definition.modules(), "modules", "Add at least one module");
        Fields.required(definition.deliveryMode(), "deliveryMode", "Select group or one-to-one delivery");
        checkShape(definition);
        checkCompletion(definition);

        this.name = checkedName;
        this.targetGroup = checkedTargetGroup;
        this.minimumAge = definition.minimumAge();
        this.maximumAge = definition.maximumAge();
        this.requiredGender = definition.requiredGender();
        this.childMaximumAge = definition.childMaximumAge();
        replace(riskLevels, definition.riskLevels());
        replace(exclusions, definition.exclusions());
        enforcementByRoute.clear();
        enforcementByRoute.putAll(definition.enforcementByRoute());
        this.deliveryMode = definition.deliveryMode();
        modules.clear();
        modules.addAll(definition.modules());
        this.sessionMinutes = definition.sessionMinutes();
        this.weeksBetweenSessions = definition.weeksBetweenSessions();
        this.minimumGroupSize = definition.minimumGroupSize();
        this.capacity = definition.capacity();
        this.completionRule = definition.completionRule();
        this.completionPercentage = definition.completionPercentage();
        replace(parallelSupport, definition.parallelSupport());
    }

    private static void checkAges(ProgrammeDefinition definition) {
        Integer minimum = definition.minimumAge();
        Integer maximum = definition.maximumAge();
        if ((minimum != null && minimum < 0) || (maximum != null && maximum < 0)
                || (minimum != null && maximum != null && maximum < minimum)) {
            throw new InvalidFieldException("maximumAge", "The age range must run from a lower to a higher age");
        }
        if (definition.childMaximumAge() != null && definition.childMaximumAge() < 0) {
            throw new InvalidFieldException("childMaximumAge", "The children's age limit cannot be negative");
        }
    }

    /** Failing a caution condition only means something for a referral a caution made. */
    private static void checkPolicy(ReferralRoute route, EnforcementPolicy policy) {
        Fields.required(policy, "enforcementByRoute", "Select what follows a failure for " + route.label());
        boolean cautionPolicy = policy == EnforcementPolicy.CAUTION_NON_COMPLIANCE;
        boolean fits = route == ReferralRoute.CONDITIONAL_CAUTION
                ? cautionPolicy || policy == EnforcementPolicy.CASE_WORKER_DECIDES
                : !cautionPolicy;
        if (!fits) {
            throw new InvalidFieldException("enforcementByRoute", "\"" + policy.label() + "\" does not fit "
                    + route.label().toLowerCase(Locale.UK) + " referrals");
        }
    }

    private static void checkShape(ProgrammeDefinition definition) {
        if (definition.sessionMinutes() < 15 || definition.sessionMinutes() > 8 * 60) {
            throw new InvalidFieldException("sessionMinutes", "A session lasts from 15 minutes to 8 hours");
        }
        if (definition.weeksBetweenSessions() < 1) {
            throw new InvalidFieldException("weeksBetweenSessions", "Sessions are at least a week apart");
        }
        if (definition.capacity() < 1 || (definition.deliveryMode() == DeliveryMode.ONE_TO_ONE
                && definition.capacity() != 1)) {
            throw new InvalidFieldException("capacity", definition.deliveryMode() == DeliveryMode.ONE_TO_ONE
                    ? "One-to-one work takes one person at a time" : "A group takes at least one person");
        }
        if (definition.minimumGroupSize() < 1 || definition.minimumGroupSize() > definition.capacity()) {
            throw new InvalidFieldException("minimumGroupSize", "The minimum group size must be from 1 to the "
                    + "capacity (" + definition.capacity() + ")");
        }
    }

    private static void checkCompletion(ProgrammeDefinition definition) {
        CompletionRule rule = Fields.required(definition.completionRule(), "completionRule",
                "Select what completing the programme takes");
        Integer percentage = definition.completionPercentage();
        boolean byAttendance = rule == CompletionRule.ATTENDANCE_PERCENTAGE;
        if (byAttendance && (percentage == null || percentage < 1 || percentage > 100)) {
            throw new InvalidFieldException("completionPercentage", "Enter the attendance needed to complete, "
                    + "from 1 to 100%");
        }
        if (!byAttendance && percentage != null) {
            throw new InvalidFieldException("completionPercentage", "An attendance percentage applies only when "
                    + "completion is by attendance");
        }
        if (rule == CompletionRule.ALL_REQUIRED_MODULES
                && definition.modules().stream().noneMatch(ProgrammeModule::isRequired)) {
            throw new InvalidFieldException("modules", "Mark at least one module as required");
        }
    }

    private static void nonEmpty(Collection<?> values, String field, String message) {
        if (values == null || values.isEmpty()) {
            throw new InvalidFieldException(field, message);
        }
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    /** Checks every criterion that applies to this programme, in a fixed order, saying why each passed or failed. */
    public ProgrammeEligibility assess(ReferralFacts facts) {
        return new ProgrammeEligibility(name, Arrays.stream(ProgrammeCriterion.values())
                .filter(criterion -> criterion.appliesTo(this))
                .map(criterion -> criterion.check(this, facts))
                .toList());
    }

    /** @throws InvalidFieldException on "route" if the programme does not take referrals from {@code route} */
    public EnforcementPolicy enforcementPolicy(ReferralRoute route) {
        EnforcementPolicy policy = enforcementByRoute.get(route);
        if (policy == null) {
            throw new InvalidFieldException("route", name + " does not take referrals from "
                    + route.label().toLowerCase(Locale.UK) + "; it takes: " + Arrays.stream(ReferralRoute.values())
                            .filter(enforcementByRoute::containsKey)
                            .map(accepted -> accepted.label().toLowerCase(Locale.UK))
                            .collect(Collectors.joining(", ")));
        }
        return policy;
    }

    /** All sessions of all modules. */
    public int sessionCount() {
        return modules.stream().mapToInt(ProgrammeModule::sessionCount).sum();
    }

    /** The module session {@code number} (from 1) belongs to. */
    public ProgrammeModule moduleOf(int number) {
        int last = 0;
        for (ProgrammeModule module : modules) {
            last += module.sessionCount();
            if (number <= last && number >= 1) {
                return module;
            }
        }
        throw new IllegalArgumentException(name + " has sessions 1 to " + sessionCount() + ", not " + number);
    }

    /**
     * How far someone has got towards completing, given the session numbers they attended (in their
     * own session or a catch-up).
     */
    public CompletionProgress progress(Set<Integer> attendedNumbers) {
        SortedSet<Integer> attended = attendedNumbers.stream()
                .filter(number -> number >= 1 && number <= sessionCount())
                .collect(Collectors.toCollection(TreeSet::new));
        if (completionRule == CompletionRule.ATTENDANCE_PERCENTAGE) {
            return CompletionProgress.byAttendance(name, attended.size(), sessionCount(), completionPercentage);
        }
        List<Integer> missing = IntStream.rangeClosed(1, sessionCount())
                .filter(number -> moduleOf(number).isRequired() && !attended.contains(number))
                .boxed()
                .toList();
        return CompletionProgress.byModules(name, attended.size(), sessionCount(),
                missing.stream().map(number -> "session " + number + " (" + moduleOf(number).name() + ")").toList());
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

    public String targetGroup() {
        return targetGroup;
    }

    public Integer minimumAge() {
        return minimumAge;
    }

    public Integer maximumAge() {
        return maximumAge;
    }

    public Gender requiredGender() {
        return requiredGender;
    }

    public Integer childMaximumAge() {
        return childMaximumAge;
    }

    public Set<RiskLevel> riskLevels() {
        return Collections.unmodifiableSet(riskLevels);
    }

    public Set<ProgrammeExclusion> exclusions() {
        return Collections.unmodifiableSet(exclusions);
    }

    public Map<ReferralRoute, EnforcementPolicy> enforcementByRoute() {
        return Collections.unmodifiableMap(enforcementByRoute);
    }

    public DeliveryMode deliveryMode() {
        return deliveryMode;
    }

    public List<ProgrammeModule> modules() {
        return Collections.unmodifiableList(modules);
    }

    public int sessionMinutes() {
        return sessionMinutes;
    }

    public int weeksBetweenSessions() {
        return weeksBetweenSessions;
    }

    public int minimumGroupSize() {
        return minimumGroupSize;
    }

    public int capacity() {
        return capacity;
    }

    public CompletionRule completionRule() {
        return completionRule;
    }

    public Integer completionPercentage() {
        return completionPercentage;
    }

    public Set<ParallelSupport> parallelSupport() {
        return Collections.unmodifiableSet(parallelSupport);
    }
}
