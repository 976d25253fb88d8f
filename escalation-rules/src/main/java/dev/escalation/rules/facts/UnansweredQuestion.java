package dev.escalation.rules.facts;

/**
 * Derived: a question of the closure template has no answer yet (S2: Closing the Escalation).
 *
 * @param question the question's field: {@code outcome}, {@code exitCriteriaMet} or {@code summary}
 */
public record UnansweredQuestion(String question) {

    @Override
    public String toString() {
        return question;
    }
}
