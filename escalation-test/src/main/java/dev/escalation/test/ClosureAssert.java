package dev.escalation.test;

import dev.escalation.decision.Blocker;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.ClosureStep;
import java.util.Arrays;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link ClosureDecision}; failures name its keys as {@code decide} writes them.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class ClosureAssert extends AbstractObjectAssert<ClosureAssert, ClosureDecision> {

    ClosureAssert(ClosureDecision actual) {
        super(actual, ClosureAssert.class);
    }

    /** @return this, when nothing blocks the closing */
    public ClosureAssert isReady() {
        isNotNull();
        if (!actual.ready()) {
            failWithMessage("%s", Mismatch.of("closure.ready", false, true) + "; closure.blockers: got "
                    + Mismatch.show(actual.blockers()));
        }
        return this;
    }

    /** @return this, when something blocks the closing */
    public ClosureAssert isNotReady() {
        isNotNull();
        if (actual.ready()) {
            failWithMessage("%s", Mismatch.of("closure.ready", true, false));
        }
        return this;
    }

    /**
     * @param blockers blockers
     * @return this, when exactly these block the closing, in any order
     */
    public ClosureAssert isBlockedBy(Blocker... blockers) {
        isNotNull();
        if (!Set.copyOf(actual.blockers()).equals(Set.copyOf(Arrays.asList(blockers)))) {
            failWithMessage("%s", Mismatch.of("closure.blockers", actual.blockers(), Arrays.asList(blockers)));
        }
        return this;
    }

    /**
     * @param steps closing steps
     * @return this, when the closing steps are exactly these, in this order
     */
    public ClosureAssert hasSteps(ClosureStep... steps) {
        isNotNull();
        if (!actual.steps().equals(Arrays.asList(steps))) {
            failWithMessage("%s", Mismatch.of("closure.steps", actual.steps(), Arrays.asList(steps)));
        }
        return this;
    }
}
