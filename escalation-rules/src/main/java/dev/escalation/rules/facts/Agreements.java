package dev.escalation.rules.facts;

import dev.escalation.decision.Blocker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The agreements a closing needs (S2: Closing the Escalation; POLICY.md 2.10a, v3): the customer's, documented, and
 * the DRI's. A closed escalation that lacks one was closed with blockers.
 */
public final class Agreements {

    /** The blockers of 2.10 that are agreements, in declaration order: all of them when no closure facts are given. */
    public static final List<Blocker> ALL = List.of(Blocker.CUSTOMER_NOT_AGREED, Blocker.ALIGNMENT_NOT_DOCUMENTED,
            Blocker.DRI_NOT_AGREED);

    private Agreements() {
    }

    /**
     * @param blockers blockers that hold
     * @return those that are agreements, in declaration order, as one value (a rule binds it whole, not each element)
     */
    public static Lacking lacking(Collection<Blocker> blockers) {
        List<Blocker> lacking = new ArrayList<>();
        for (Blocker blocker : ALL) {
            if (blockers.contains(blocker)) {
                lacking.add(blocker);
            }
        }
        return new Lacking(List.copyOf(lacking));
    }

    /**
     * The agreements a closing lacks.
     *
     * @param blockers the blockers, in declaration order
     */
    public record Lacking(List<Blocker> blockers) {

        /** @return the blockers' names, as an explanation writes them: {@code CUSTOMER_NOT_AGREED, DRI_NOT_AGREED} */
        @Override
        public String toString() {
            StringBuilder names = new StringBuilder();
            for (Blocker blocker : blockers) {
                names.append(names.length() == 0 ? "" : ", ").append(blocker.name());
            }
            return names.toString();
        }
    }
}
