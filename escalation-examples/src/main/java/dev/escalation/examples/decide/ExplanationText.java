package dev.escalation.examples.decide;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Explanation;
import java.time.Instant;

/** The explanation of an assessment as text for people: one rule per entry, with its section and reason. */
public final class ExplanationText {

    private ExplanationText() {
    }

    /**
     * @param assessment the assessment
     * @param now        the instant it was decided as of, or {@code null} to leave it out
     * @return the text, ending with a line break
     */
    public static String of(Assessment assessment, Instant now) {
        StringBuilder text = new StringBuilder(now == null ? "Why:" : "Why, as of " + now + ":")
                .append(System.lineSeparator());
        if (assessment.explanation().isEmpty()) {
            text.append("  no rule fired").append(System.lineSeparator());
        }
        for (Explanation e : assessment.explanation()) {
            text.append("  [").append(e.policyClause()).append("] ").append(e.rule()).append(System.lineSeparator())
                    .append("        ").append(e.section()).append(" -- ").append(e.reason())
                    .append(System.lineSeparator());
        }
        return text.toString();
    }
}
