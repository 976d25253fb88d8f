package dev.escalation.test;

import dev.escalation.decision.Assignment;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.ConversionTrigger;
import dev.escalation.decision.EscalationRole;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Conversion} advice; failures name its keys as {@code decide} writes them.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class ConversionAssert extends AbstractObjectAssert<ConversionAssert, Conversion> {

    ConversionAssert(Conversion actual) {
        super(actual, ConversionAssert.class);
    }

    /** @return this, when a conversion to an account escalation is recommended */
    public ConversionAssert isRecommended() {
        isNotNull();
        if (!actual.recommended()) {
            failWithMessage("%s", Mismatch.of("conversion.recommended", false, true) + "; conversion.triggers: got "
                    + Mismatch.show(actual.triggers()));
        }
        return this;
    }

    /** @return this, when no conversion is recommended */
    public ConversionAssert isNotRecommended() {
        isNotNull();
        if (actual.recommended()) {
            failWithMessage("%s", Mismatch.of("conversion.recommended", true, false) + "; conversion.triggers: got "
                    + Mismatch.show(actual.triggers()));
        }
        return this;
    }

    /**
     * @param triggers triggers
     * @return this, when exactly these hold, in any order
     */
    public ConversionAssert hasTriggers(ConversionTrigger... triggers) {
        isNotNull();
        if (!Set.copyOf(actual.triggers()).equals(Set.copyOf(Arrays.asList(triggers)))) {
            failWithMessage("%s", Mismatch.of("conversion.triggers", actual.triggers(), Arrays.asList(triggers)));
        }
        return this;
    }

    /**
     * @param triggers primary triggers
     * @return this, when exactly these do not hold, in declaration order (v3: {@code conversion.unmet})
     */
    public ConversionAssert hasUnmet(ConversionTrigger... triggers) {
        isNotNull();
        if (!actual.unmet().equals(Arrays.asList(triggers))) {
            failWithMessage("%s", Mismatch.of("conversion.unmet", actual.unmet(), Arrays.asList(triggers)));
        }
        return this;
    }

    /**
     * @param roles roles
     * @return this, when support reaches out to exactly these, in this order
     */
    public ConversionAssert hasContacts(EscalationRole... roles) {
        isNotNull();
        List<EscalationRole> got = actual.contacts().stream().map(Assignment::role).toList();
        if (!got.equals(Arrays.asList(roles))) {
            failWithMessage("%s", Mismatch.of("conversion.contacts", got, Arrays.asList(roles)));
        }
        return this;
    }
}
