package dev.escalation.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.escalation.validation.InvalidEscalationInputException;
import dev.escalation.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** Start-up failures read as Spring Boot's report, naming what to fix, instead of a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class EscalationPolicyFailureAnalyzerTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(EscalationPolicyAutoConfiguration.class)
    static class Application {
    }

    @Test
    void invalidSettingsFailStartUpWithTheLibrarysMessageInSpringBootsReport(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--escalation.policy.conversion-threshold=0s",
                "--escalation.policy.calendar.zone=Mars/Base")).hasRootCauseInstanceOf(
                InvalidEscalationInputException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The escalation policy settings are invalid: settings.conversionThreshold: must be a "
                        + "positive duration (was PT0S); settings.calendar.zone: unknown time zone \"Mars/Base\"")
                .contains("    escalation.policy.conversion-threshold: must be a positive duration (was PT0S)")
                .contains("Correct the escalation.policy.* properties named above");
    }

    @Test
    void eachSettingIsNamedByItsProperty() {
        assertThat(List.of("settings.conversionThreshold", "settings.customerUpdateGaps.MULTIPLE_TIMES_PER_WEEK",
                "settings.standupGaps.DAILY", "settings.calendar.workingDays", "settings.calendar.zone"))
                .map(EscalationPolicyFailureAnalyzer::property)
                .containsExactly("escalation.policy.conversion-threshold",
                        "escalation.policy.customer-update-gaps.multiple-times-per-week",
                        "escalation.policy.standup-gaps.daily", "escalation.policy.calendar.working-days",
                        "escalation.policy.calendar.zone");
    }

    @Test
    void invalidInputThatIsNotSettingsIsReportedAsItIs() {
        InvalidEscalationInputException invalid = new InvalidEscalationInputException(
                List.of(new Violation("account.name", "must not be blank")));

        assertThat(new EscalationPolicyFailureAnalyzer().analyze(new IllegalStateException("wrapped", invalid))
                .getDescription())
                .isEqualTo("Invalid escalation input during start-up: account.name: must not be blank");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(new EscalationPolicyFailureAnalyzer().analyze(new IllegalStateException("no"))).isNull();
    }
}
