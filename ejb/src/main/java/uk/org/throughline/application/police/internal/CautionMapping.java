package uk.org.throughline.application.police.internal;

import java.time.LocalDate;
import java.util.List;
import uk.org.throughline.application.police.CautionForms.CautionForm;
import uk.org.throughline.application.police.CautionView;
import uk.org.throughline.application.police.EligibilityView;
import uk.org.throughline.domain.model.caution.CautionScheme;
import uk.org.throughline.domain.model.caution.CautionTerms;
import uk.org.throughline.domain.model.caution.CautionTimescales;
import uk.org.throughline.domain.model.caution.ConditionTerms;
import uk.org.throughline.domain.model.caution.ConditionType;
import uk.org.throughline.domain.model.caution.ConditionalCaution;
import uk.org.throughline.domain.model.caution.EligibilityAssessment;
import uk.org.throughline.domain.model.caution.SummaryTimeLimit;
import uk.org.throughline.domain.model.incident.Offence;
import uk.org.throughline.domain.model.programme.ProgrammeReferral;
import uk.org.throughline.domain.shared.PoliceText;
import uk.org.throughline.domain.shared.PoliceText.Reader;

/** Between the conditional-caution form and views and the caution model. */
final class CautionMapping {

    private CautionMapping() {
    }

    /**
     * The caution as typed. A programme condition that names no programme attends the scheme's
     * own programme (Project PIPA under Project PIPA).
     *
     * @param scheme null for a caution given under no scheme
     */
    static CautionTerms terms(CautionForm form, Offence offence, CautionScheme scheme) {
        List<ConditionTerms> conditions = form.conditions().stream()
                .map(condition -> new ConditionTerms(condition.type(),
                        new PoliceText(condition.description(), condition.wordingShareable()),
                        condition.type() == ConditionType.REHABILITATIVE && isBlank(condition.programmeName())
                                && scheme != null ? scheme.programmeName() : condition.programmeName(),
                        condition.startsOn(), condition.endsOn(), condition.amount(), condition.hours()))
                .toList();
        return new CautionTerms(form.cautionType(), offence, form.cautionedOn(), form.offenceAdmitted(),
                form.consentSigned(), new PoliceText(form.victimViews(), form.victimViewsShareable()),
                form.appropriateAdult(), form.complianceDeadline(),
                conditions);
    }

    static EligibilityView eligibilityView(CautionScheme scheme, EligibilityAssessment assessment) {
        return new EligibilityView(scheme.id(), scheme.name(), assessment.eligible(), assessment.results().stream()
                .map(result -> new EligibilityView.Rule(result.rule().name(), result.rule().label(), result.passed(),
                        result.reason()))
                .toList());
    }

    /**
     * The caution as {@code reader} reads it on {@code today}: the time-limit warning is given only while
     * compliance is open.
     */
    static CautionView view(ConditionalCaution caution, String personName, List<ProgrammeReferral> referrals,
            LocalDate today, CautionTimescales timescales, Reader reader) {
        return CautionView.of(caution, personName, referrals, SummaryTimeLimit.chargeBy(caution.offence()).orElse(null),
                caution.timeLimitWarning(today, timescales).orElse(null), reader);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
