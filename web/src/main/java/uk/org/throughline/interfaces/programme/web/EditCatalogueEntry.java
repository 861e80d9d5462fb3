package uk.org.throughline.interfaces.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.application.programme.CatalogueForms.ModuleForm;
import uk.org.throughline.application.programme.CatalogueForms.ProgrammeForm;
import uk.org.throughline.application.programme.CatalogueForms.RouteForm;
import uk.org.throughline.application.programme.ProgrammeCatalogue;
import uk.org.throughline.application.programme.ProgrammeDetails;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.domain.model.programme.EnforcementPolicy;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.RiskLevel;
import uk.org.throughline.interfaces.shared.web.Feedback;

/**
 * An administrator's edit of a programme's catalogue entry ({@code ?id=}), or a new programme
 * (no id). The version read on opening goes back with the save, so an entry someone else changed
 * meanwhile is refused rather than overwritten.
 */
@Named
@ViewScoped
public class EditCatalogueEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    Feedback feedback;

    private Long id;
    private long version;
    private String name;
    private String targetGroup;
    private Integer minimumAge;
    private Integer maximumAge;
    private Gender requiredGender;
    private Integer childMaximumAge;
    private RiskLevel[] riskLevels = {};
    private ProgrammeExclusion[] exclusions = {};
    private List<RouteRow> routes;
    private DeliveryMode deliveryMode;
    private List<ModuleRow> modules = new ArrayList<>();
    private Integer sessionMinutes;
    private Integer weeksBetweenSessions;
    private Integer minimumGroupSize;
    private Integer capacity;
    private CompletionRule completionRule;
    private Integer completionPercentage;
    private ParallelSupport[] parallelSupport = {};

    public void load() {
        Map<ReferralRoute, EnforcementPolicy> accepted = Map.of();
        if (id == null) {
            modules.add(new ModuleRow());
        } else {
            ProgrammeDetails details = catalogue.programme(id);
            version = details.version();
            ProgrammeForm entry = details.programme();
            name = entry.name();
            targetGroup = entry.targetGroup();
            minimumAge = entry.minimumAge();
            maximumAge = entry.maximumAge();
            requiredGender = entry.requiredGender();
            childMaximumAge = entry.childMaximumAge();
            riskLevels = entry.riskLevels().stream().sorted().toArray(RiskLevel[]::new);
            exclusions = entry.exclusions().stream().sorted().toArray(ProgrammeExclusion[]::new);
            accepted = entry.enforcementByRoute().stream()
                    .collect(Collectors.toMap(RouteForm::route, RouteForm::policy));
            deliveryMode = entry.deliveryMode();
            entry.modules().forEach(module -> modules.add(new ModuleRow(module)));
            sessionMinutes = entry.sessionMinutes();
            weeksBetweenSessions = entry.weeksBetweenSessions();
            minimumGroupSize = entry.minimumGroupSize();
            capacity = entry.capacity();
            completionRule = entry.completionRule();
            completionPercentage = entry.completionPercentage();
            parallelSupport = entry.parallelSupport().stream().sorted().toArray(ParallelSupport[]::new);
        }
        Map<ReferralRoute, EnforcementPolicy> policies = accepted;
        routes = Arrays.stream(ReferralRoute.values()).map(route -> new RouteRow(route, policies.get(route))).toList();
    }

    public String save() {
        ProgrammeForm form = form();
        if (!feedback.valid(form)) {
            return null;
        }
        ProgrammeDetails saved = id == null ? catalogue.add(form) : catalogue.update(id, version, form);
        feedback.flash("Catalogue entry saved for " + saved.programme().name());
        return "/programme/catalogue?faces-redirect=true";
    }

    private ProgrammeForm form() {
        return new ProgrammeForm(name, targetGroup, minimumAge, maximumAge, requiredGender, childMaximumAge,
                Set.of(riskLevels), Set.of(exclusions),
                routes.stream().filter(row -> row.policy != null).map(row -> new RouteForm(row.route, row.policy))
                        .toList(),
                deliveryMode,
                modules.stream().map(row -> new ModuleForm(row.name, Objects.requireNonNullElse(row.sessions, 0),
                        row.required)).toList(),
                sessionMinutes, weeksBetweenSessions, minimumGroupSize, capacity, completionRule, completionPercentage,
                Set.of(parallelSupport));
    }

    public void addModule() {
        modules.add(new ModuleRow());
    }

    public void removeModule(ModuleRow row) {
        modules.remove(row);
    }

    /** E.g. "Building Better Relationships" or, for a new one, "New programme". */
    public String getTitle() {
        return id == null ? "New programme" : name;
    }

    public List<Gender> getGenders() {
        return List.of(Gender.MALE, Gender.FEMALE);
    }

    public List<RiskLevel> getRiskLevelChoices() {
        return List.of(RiskLevel.values());
    }

    public List<ProgrammeExclusion> getExclusionChoices() {
        return List.of(ProgrammeExclusion.values());
    }

    public List<EnforcementPolicy> getPolicies() {
        return List.of(EnforcementPolicy.values());
    }

    public List<DeliveryMode> getDeliveryModes() {
        return List.of(DeliveryMode.values());
    }

    public List<CompletionRule> getCompletionRules() {
        return List.of(CompletionRule.values());
    }

    public List<ParallelSupport> getParallelSupportChoices() {
        return List.of(ParallelSupport.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public Gender getRequiredGender() {
        return requiredGender;
    }

    public void setRequiredGender(Gender requiredGender) {
        this.requiredGender = requiredGender;
    }

    public Integer getChildMaximumAge() {
        return childMaximumAge;
    }

    public void setChildMaximumAge(Integer childMaximumAge) {
        this.childMaximumAge = childMaximumAge;
    }

    public RiskLevel[] getRiskLevels() {
        return riskLevels;
    }

    public void setRiskLevels(RiskLevel[] riskLevels) {
        this.riskLevels = riskLevels;
    }

    public ProgrammeExclusion[] getExclusions() {
        return exclusions;
    }

    public void setExclusions(ProgrammeExclusion[] exclusions) {
        this.exclusions = exclusions;
    }

    public List<RouteRow> getRoutes() {
        return routes;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public Integer getSessionMinutes() {
        return sessionMinutes;
    }

    public void setSessionMinutes(Integer sessionMinutes) {
        this.sessionMinutes = sessionMinutes;
    }

    public Integer getWeeksBetweenSessions() {
        return weeksBetweenSessions;
    }

    public void setWeeksBetweenSessions(Integer weeksBetweenSessions) {
        this.weeksBetweenSessions = weeksBetweenSessions;
    }

    public Integer getMinimumGroupSize() {
        return minimumGroupSize;
    }

    public void setMinimumGroupSize(Integer minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public void setCompletionRule(CompletionRule completionRule) {
        this.completionRule = completionRule;
    }

    public Integer getCompletionPercentage() {
        return completionPercentage;
    }

    public void setCompletionPercentage(Integer completionPercentage) {
        this.completionPercentage = completionPercentage;
    }

    public ParallelSupport[] getParallelSupport() {
        return parallelSupport;
    }

    public void setParallelSupport(ParallelSupport[] parallelSupport) {
        this.parallelSupport = parallelSupport;
    }

    /** A referral route and what follows a failure on it; no policy means the route is not accepted. */
    public static class RouteRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ReferralRoute route;
        private EnforcementPolicy policy;

        RouteRow(ReferralRoute route, EnforcementPolicy policy) {
            this.route = route;
            this.policy = policy;
        }

        public ReferralRoute getRoute() {
            return route;
        }

        public EnforcementPolicy getPolicy() {
            return policy;
        }

        public void setPolicy(EnforcementPolicy policy) {
            this.policy = policy;
        }
    }

    /** A module as the administrator edits it. */
    public static class ModuleRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private Integer sessions;
        private boolean required = true;

        ModuleRow() {
        }

        ModuleRow(ModuleForm module) {
            this.name = module.name();
            this.sessions = module.sessions();
            this.required = module.required();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getSessions() {
            return sessions;
        }

        public void setSessions(Integer sessions) {
            this.sessions = sessions;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }
}
