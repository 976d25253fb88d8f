package dev.escalation.rules.facts;

import dev.escalation.decision.Finding;
import dev.escalation.decision.FindingCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When the CSM manager steps in (S2: CSM Manager's role in Escalations; POLICY.md 2.8, v3): the gaps that ran more than
 * their limit plus the manager's step-in time.
 */
public final class StepIn {

    private StepIn() {
    }

    /**
     * @param over    the gaps over their limit plus the step-in time (at least one)
     * @param manager the team's regional CSM manager, or {@code null}
     * @return the {@code MANAGER_STEP_IN} finding: {@code manager} (null when unknown), {@code codes} in the order of
     *         the findings, {@code overdueBy} the largest gap past its limit
     */
    public static Finding finding(Collection<RunningGap> over, String manager) {
        List<FindingCode> codes = new ArrayList<>();
        Duration overdueBy = Duration.ZERO;
        for (RunningGap gap : over) {
            codes.add(gap.code());
            if (gap.overdueBy().compareTo(overdueBy) > 0) {
                overdueBy = gap.overdueBy();
            }
        }
        codes.sort(null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("manager", manager);
        details.put("codes", List.copyOf(codes));
        details.put("overdueBy", overdueBy);
        return new Finding(FindingCode.MANAGER_STEP_IN.name(), details);
    }
}
