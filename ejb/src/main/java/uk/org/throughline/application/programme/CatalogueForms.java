package uk.org.throughline.application.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.throughline.domain.model.calendar.BankHoliday;
import uk.org.throughline.domain.model.person.Gender;
import uk.org.throughline.domain.model.programme.CompletionRule;
import uk.org.throughline.domain.model.programme.DeliveryMode;
import uk.org.throughline.domain.model.programme.EnforcementPolicy;
import uk.org.throughline.domain.model.programme.ParallelSupport;
import uk.org.throughline.domain.model.programme.ProgrammeDefinition;
import uk.org.throughline.domain.model.programme.ProgrammeExclusion;
import uk.org.throughline.domain.model.programme.ProgrammeFieldLengths;
import uk.org.throughline.domain.model.programme.ProgrammeModule;
import uk.org.throughline.domain.model.programme.ReferralRoute;
import uk.org.throughline.domain.model.programme.RiskLevel;
import uk.org.throughline.domain.shared.InvalidFieldException;

/** What an administrator enters to keep the programme catalogue and the bank holiday table. */
public final class CatalogueForms {

    private CatalogueForms() {
    }

    /**
     * A programme of the catalogue: who it is for, how it is delivered and what completing it takes.
     * Field names are the domain's, so a message the domain gives lands on the same field.
     *
     * @param enforcementByRoute the routes it takes referrals from, each with what follows a failure to comply
     */
    public record ProgrammeForm(
            @NotBlank(message = "Enter the programme's name")
            @Size(max = ProgrammeFieldLengths.NAME, message = "The name is at most {max} characters") String name,
            @NotBlank(message = "Describe who the programme is for")
            @Size(max = ProgrammeFieldLengths.TARGET_GROUP, message = "The target group is at most {max} characters")
            String targetGroup,
            Integer minimumAge,
            Integer maximumAge,
            Gender requiredGender,
            Integer childMaximumAge,
            @NotEmpty(message = "Select the risk levels the programme takes") Set<RiskLevel> riskLevels,
            Set<ProgrammeExclusion> exclusions,
            @NotEmpty(message = "Select the routes the programme takes referrals from")
            List<@Valid @NotNull RouteForm> enforcementByRoute,
            @NotNull(message = "Select group or one-to-one delivery") DeliveryMode deliveryMode,
            @NotEmpty(message = "Add at least one module") List<@Valid @NotNull ModuleForm> modules,
            @NotNull(message = "Enter how long a session lasts, in minutes") Integer sessionMinutes,
            @NotNull(message = "Enter how many weeks apart the sessions are") Integer weeksBetweenSessions,
            @NotNull(message = "Enter the smallest group that can run") Integer minimumGroupSize,
            @NotNull(message = "Enter how many people a group takes") Integer capacity,
            @NotNull(message = "Select what completing the programme takes") CompletionRule completionRule,
            Integer completionPercentage,
            Set<ParallelSupport> parallelSupport) {

        public ProgrammeForm {
            riskLevels = riskLevels == null ? Set.of() : Set.copyOf(riskLevels);
            exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
            enforcementByRoute = enforcementByRoute == null ? List.of() : List.copyOf(enforcementByRoute);
            modules = modules == null ? List.of() : List.copyOf(modules);
            parallelSupport = parallelSupport == null ? Set.of() : Set.copyOf(parallelSupport);
        }

        /** The catalogue entry as it stands, routes in their enum's order. */
        public static ProgrammeForm of(ProgrammeDefinition definition) {
            return new ProgrammeForm(definition.name(), definition.targetGroup(), definition.minimumAge(),
                    definition.maximumAge(), definition.requiredGender(), definition.childMaximumAge(),
                    definition.riskLevels(), definition.exclusions(),
                    definition.enforcementByRoute().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(route -> new RouteForm(route.getKey(), route.getValue()))
                            .toList(),
                    definition.deliveryMode(),
                    definition.modules().stream()
                            .map(module -> new ModuleForm(module.name(), module.sessionCount(), module.isRequired()))
                            .toList(),
                    definition.sessionMinutes(), definition.weeksBetweenSessions(), definition.minimumGroupSize(),
                    definition.capacity(), definition.completionRule(), definition.completionPercentage(),
                    definition.parallelSupport());
        }

        /**
         * What the domain checks and keeps.
         *
         * @throws InvalidFieldException on "enforcementByRoute" for a route given twice,
         *         or "modules" for a module the domain refuses
         */
        public ProgrammeDefinition definition() {
            Map<ReferralRoute, EnforcementPolicy> routes = enforcementByRoute.stream()
                    .collect(Collectors.toMap(RouteForm::route, RouteForm::policy, (first, second) -> {
                        throw new InvalidFieldException("enforcementByRoute", "Give each route once");
                    }));
            return new ProgrammeDefinition(name, targetGroup, minimumAge, maximumAge, requiredGender, childMaximumAge,
                    riskLevels, exclusions, routes, deliveryMode,
                    modules.stream().map(module -> new ProgrammeModule(module.name(), module.sessions(),
                            module.required())).toList(),
                    sessionMinutes, weeksBetweenSessions, minimumGroupSize, capacity, completionRule,
                    completionPercentage, parallelSupport);
        }
    }

    /** A referral route the programme accepts and what follows a failure to comply on it. */
    public record RouteForm(
            @NotNull(message = "Select the route") ReferralRoute route,
            @NotNull(message = "Select what follows a failure to comply") EnforcementPolicy policy) {
    }

    /** A module: its name, how many sessions, and whether completing the programme requires it. */
    public record ModuleForm(
            @NotBlank(message = "Name each module")
            @Size(max = ProgrammeFieldLengths.MODULE, message = "A module's name is at most {max} characters")
            String name,
            int sessions,
            boolean required) {
    }

    public record BankHolidayForm(
            @NotNull(message = "Enter the date of the bank holiday") LocalDate date,
            @NotBlank(message = "Name the bank holiday")
            @Size(max = BankHoliday.NAME_LENGTH, message = "The name is at most {max} characters") String name) {
    }
}
