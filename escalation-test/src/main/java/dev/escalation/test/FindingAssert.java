package dev.escalation.test;

import dev.escalation.decision.Finding;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the findings of one code. Each {@link #withDetail(String, Object)} keeps those findings that have
 * that detail, and fails when none has, so that chained details must hold together on one finding:
 * {@code hasFinding("CHECKLIST_ITEM_OVERDUE").withDetail("item", DECLARE_ESCALATION).withDetail("gap", ...)}.
 * The actual value of the assertion is the first finding kept.
 *
 * <p><b>Stability:</b> stable API.
 */
public final class FindingAssert extends AbstractObjectAssert<FindingAssert, Finding> {

    private final String code;
    private final List<Finding> candidates;
    private final String filters;

    FindingAssert(String code, List<Finding> candidates) {
        this(code, candidates, "");
    }

    private FindingAssert(String code, List<Finding> candidates, String filters) {
        super(candidates.get(0), FindingAssert.class);
        this.code = code;
        this.candidates = List.copyOf(candidates);
        this.filters = filters;
    }

    /**
     * Details compare as scenario files compare them: an enum equals its name, a {@code Duration} or an
     * {@code Instant} its ISO-8601 text, a number any number of the same value.
     *
     * @param name  a detail's name, e.g. {@code gap}
     * @param value its value, e.g. {@code Duration.ofHours(25)}
     * @return assertions on the findings of this code with that detail
     */
    public FindingAssert withDetail(String name, Object value) {
        List<Finding> matching = candidates.stream().filter(f -> f.detail(name)
                .map(v -> JsonValues.equal(JsonValues.of(v), JsonValues.of(value))).orElse(false)).toList();
        if (matching.isEmpty()) {
            List<Object> got = candidates.stream().map(f -> (Object) f.detail(name).map(Object::toString)
                    .orElse("none")).toList();
            failWithMessage("%s", Mismatch.of("finding " + code + describe() + "." + name,
                    got.size() == 1 ? got.get(0) : got, value));
        }
        FindingAssert kept = new FindingAssert(code, matching, filters + (filters.isEmpty() ? "" : ", ") + name + "="
                + value);
        kept.info.description(info.description());
        return kept;
    }

    /**
     * @param name a detail's name
     * @return this, when no finding kept has that detail
     */
    public FindingAssert withoutDetail(String name) {
        Optional<Finding> with = candidates.stream().filter(f -> f.details().containsKey(name)).findFirst();
        if (with.isPresent()) {
            failWithMessage("%s", Mismatch.of("finding " + code + describe() + "." + name,
                    with.get().details().get(name), "none"));
        }
        return this;
    }

    private String describe() {
        return filters.isEmpty() ? "" : "{" + filters + "}";
    }
}
