package dev.escalation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.escalation.model.Cadence;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes {@link PolicySettings} as {@link SettingsReader} reads them, every setting spelled out in the order of its
 * fields: a cadence without a gap as {@code null} (left out, it would read as its default), {@code calendar} as
 * {@code null} when there is none.
 */
final class SettingsWriter {

    private SettingsWriter() {
    }

    /**
     * @param settings the settings
     * @param out      where to write them, as one JSON object
     * @throws IOException when the generator cannot write
     */
    static void write(PolicySettings settings, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("conversionThreshold", settings.conversionThreshold().toString());
        out.writeNumberField("upgradeProblemCount", settings.upgradeProblemCount());
        out.writeStringField("immediateGrace", settings.immediateGrace().toString());
        out.writeStringField("standupDeadline", settings.standupDeadline().toString());
        out.writeStringField("internalUpdateGap", settings.internalUpdateGap().toString());
        gaps("customerUpdateGaps", settings.customerUpdateGaps(), out);
        out.writeNumberField("customerUpdatesPerWeek", settings.customerUpdatesPerWeek());
        out.writeStringField("customerUpdateWindow", settings.customerUpdateWindow().toString());
        out.writeStringField("callLimit", settings.callLimit().toString());
        out.writeStringField("exitCriteriaGrace", settings.exitCriteriaGrace().toString());
        gaps("standupGaps", settings.standupGaps(), out);
        out.writeFieldName("calendar");
        if (settings.calendar() == null) {
            out.writeNull();
        } else {
            calendar(settings.calendar(), out);
        }
        out.writeStringField("handoverWindow", settings.handoverWindow().toString());
        out.writeStringField("managerStepInAfter", settings.managerStepInAfter().toString());
        out.writeStringField("gainsightSync", settings.gainsightSync().toString());
        out.writeStringField("closingStepsGrace", settings.closingStepsGrace().toString());
        out.writeEndObject();
    }

    private static void gaps(String name, Map<Cadence, Duration> gaps, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart(name);
        for (Cadence cadence : Cadence.values()) {
            out.writeFieldName(cadence.name());
            Duration gap = gaps.get(cadence);
            if (gap == null) {
                out.writeNull();
            } else {
                out.writeString(gap.toString());
            }
        }
        out.writeEndObject();
    }

    private static void calendar(WorkingCalendar calendar, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("zone", calendar.zone().getId());
        out.writeArrayFieldStart("workingDays");
        for (DayOfWeek day : calendar.workingDays()) {
            out.writeString(day.name());
        }
        out.writeEndArray();
        out.writeArrayFieldStart("holidays");
        for (LocalDate holiday : calendar.holidays()) {
            out.writeString(holiday.toString());
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
