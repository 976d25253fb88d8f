package dev.escalation.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.AssessmentInterceptor;
import dev.escalation.EscalationPolicy;
import dev.escalation.PolicyDefinitionException;
import dev.escalation.decision.Assessment;
import dev.escalation.json.EscalationJson;
import dev.escalation.json.EscalationJsonModule;
import dev.escalation.model.Account;
import dev.escalation.model.Cadence;
import dev.escalation.model.Emergency;
import dev.escalation.model.EscalationCase;
import dev.escalation.model.Escalation;
import dev.escalation.model.Initiative;
import dev.escalation.model.Segment;
import dev.escalation.model.Severity;
import dev.escalation.model.Team;
import dev.escalation.settings.PolicySettings;
import dev.escalation.settings.WorkingCalendar;
import dev.escalation.validation.InvalidEscalationInputException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;

/**
 * Every condition of the auto-configuration, in contexts started without a web server: the policy and when it backs
 * off, the properties it binds, what fails start-up, and each optional piece with and without its library.
 */
class EscalationPolicyAutoConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:30:00Z");
    private static final Account ACME = Account.builder("Acme Corp", Segment.CSM_MANAGED)
            .team(Team.builder().csm("Casey").build()).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EscalationPolicyAutoConfiguration.class));

    /**
     * Contexts whose policy does not matter to the test get the shared standard policy, so that they compile no rules:
     * the auto-configured policy backs off, the other beans are there or not as usual.
     */
    private final ApplicationContextRunner withoutBuilding = runner.withUserConfiguration(OwnPolicy.class);

    /** An emergency that has run {@code running}, with a call of three hours and ten minutes (a finding) if it can. */
    private static EscalationCase emergencyRunning(Duration running) {
        Instant call = NOW.minus(Duration.ofHours(3).plusMinutes(10));
        Instant started = NOW.minus(running);
        return EscalationCase.of(ACME).emergency(Emergency.builder("ZD-1", started)
                .callStartedAt(call.isBefore(started) ? null : call).build()).build();
    }

    @Nested
    class ThePolicy {

        @Test
        void withoutPropertiesIsTheStandardPolicy() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(EscalationPolicy.class);
                EscalationPolicy policy = context.getBean(EscalationPolicy.class);
                assertThat(policy.settings()).isEqualTo(PolicySettings.defaults());
                assertThat(policy.version()).isEqualTo(EscalationPolicy.standard().version());
            });
        }

        @Test
        void backsOffWhenTheApplicationDefinesOne() {
            withoutBuilding.run(context -> {
                assertThat(context).hasSingleBean(EscalationPolicy.class);
                assertThat(context.getBean(EscalationPolicy.class)).isSameAs(EscalationPolicy.standard());
            });
        }

        @Test
        void interceptorBeansWrapEveryAssessmentInTheirOrder() {
            runner.withUserConfiguration(RecordingInterceptors.class).run(context -> {
                context.getBean(EscalationPolicy.class).assess(emergencyRunning(Duration.ofHours(1)), NOW);

                assertThat(context.getBean(RecordingInterceptors.class).calls)
                        .containsExactly("outer before", "inner before", "inner after", "outer after");
            });
        }
    }

    @Nested
    class Properties {

        @Test
        void bindDurationsInSpringsSyntaxCountsGapsByCadenceAndTheCalendar() {
            withoutBuilding.withPropertyValues(
                    "escalation.policy.conversion-threshold=2h",
                    "escalation.policy.immediate-grace=PT90M",
                    "escalation.policy.standup-deadline=12",
                    "escalation.policy.internal-update-gap=1d",
                    "escalation.policy.upgrade-problem-count=3",
                    "escalation.policy.customer-updates-per-week=2",
                    "escalation.policy.customer-update-window=14d",
                    "escalation.policy.call-limit=150m",
                    "escalation.policy.exit-criteria-grace=48h",
                    "escalation.policy.customer-update-gaps.standard=30d",
                    "escalation.policy.customer-update-gaps.weekly-to-biweekly=none",
                    "escalation.policy.standup-gaps.MULTIPLE_TIMES_PER_WEEK=PT72H",
                    "escalation.policy.calendar.zone=Europe/Berlin",
                    "escalation.policy.calendar.working-days=monday,tuesday,wednesday,thursday",
                    "escalation.policy.calendar.holidays=2026-12-24, 2026-12-25").run(context -> {
                        PolicySettings expected = PolicySettings.builder()
                                .conversionThreshold(Duration.ofHours(2))
                                .immediateGrace(Duration.ofMinutes(90))
                                .standupDeadline(Duration.ofHours(12))
                                .internalUpdateGap(Duration.ofDays(1))
                                .upgradeProblemCount(3)
                                .customerUpdatesPerWeek(2)
                                .customerUpdateWindow(Duration.ofDays(14))
                                .callLimit(Duration.ofMinutes(150))
                                .exitCriteriaGrace(Duration.ofHours(48))
                                .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
                                .customerUpdateGap(Cadence.WEEKLY_TO_BIWEEKLY, null)
                                .standupGap(Cadence.MULTIPLE_TIMES_PER_WEEK, Duration.ofHours(72))
                                .calendar(WorkingCalendar.of("Europe/Berlin")
                                        .withWorkingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                                DayOfWeek.THURSDAY)
                                        .withHolidays(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")))
                                .build();

                        assertThat(context.getBean(EscalationPolicyProperties.class).toSettings())
                                .isEqualTo(expected);
                    });
        }

        @Test
        void bindFromYamlAsATeamWritesThem() {
            withoutBuilding.withInitializer(context -> {
                try {
                    context.getEnvironment().getPropertySources().addFirst(new YamlPropertySourceLoader()
                            .load("escalation-policy.yml", new ClassPathResource("escalation-policy.yml")).get(0));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).run(context -> {
                EscalationPolicyProperties properties = context.getBean(EscalationPolicyProperties.class);

                assertThat(properties.toSettings()).isEqualTo(PolicySettings.builder()
                        .conversionThreshold(Duration.ofHours(2))
                        .customerUpdateGap(Cadence.STANDARD, Duration.ofDays(30))
                        .customerUpdateGap(Cadence.MULTIPLE_TIMES_PER_WEEK, null)
                        .standupGap(Cadence.DAILY, Duration.ofHours(12))
                        .calendar(WorkingCalendar.of("Europe/Berlin")
                                .withWorkingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                        DayOfWeek.THURSDAY)
                                .withHolidays(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")))
                        .build());
                assertThat(properties.getRules()).containsExactly("classpath:policy/*.drl",
                        "optional:classpath:more/*.drl");
            });
        }

        @Test
        void defaultsAreThoseOfTheLibrary() {
            assertThat(new EscalationPolicyProperties().toSettings()).isEqualTo(PolicySettings.defaults());
        }

        @Test
        void aZoneAloneIsACalendarWorkingMondayToFriday() {
            withoutBuilding.withPropertyValues("escalation.policy.calendar.zone=America/New_York").run(context ->
                    assertThat(context.getBean(EscalationPolicyProperties.class).toSettings().calendar())
                            .isEqualTo(WorkingCalendar.of("America/New_York")));
        }

        @Test
        void theSettingsAreThoseOfThePolicyAndApplyToDecisions() {
            runner.withPropertyValues("escalation.policy.conversion-threshold=2h").run(context -> {
                EscalationPolicy policy = context.getBean(EscalationPolicy.class);
                EscalationCase running150Minutes = emergencyRunning(Duration.ofMinutes(150));

                assertThat(policy.settings()).isEqualTo(context.getBean(EscalationPolicyProperties.class)
                        .toSettings());
                assertThat(policy.assess(running150Minutes, NOW).conversion().orElseThrow().recommended()).isTrue();
                assertThat(EscalationPolicy.standard().assess(running150Minutes, NOW).conversion().orElseThrow()
                        .recommended()).isFalse();
            });
        }
    }

    @Nested
    class BadProperties {

        @Test
        void failStartUpNamingEverySettingAtFault() {
            runner.withPropertyValues("escalation.policy.conversion-threshold=0s",
                    "escalation.policy.upgrade-problem-count=0",
                    "escalation.policy.customer-update-gaps.daily=-1h",
                    "escalation.policy.calendar.zone=Mars/Base").run(context -> {
                        assertThat(context).hasFailed();
                        Throwable failure = context.getStartupFailure();
                        assertThat(failure).rootCause().isInstanceOf(InvalidEscalationInputException.class)
                                .hasMessage("settings.conversionThreshold: must be a positive duration (was PT0S); "
                                        + "settings.upgradeProblemCount: must be at least 1 (was 0); "
                                        + "settings.customerUpdateGaps.DAILY: must be a positive duration (was PT-1H); "
                                        + "settings.calendar.zone: unknown time zone \"Mars/Base\" (expected an IANA "
                                        + "id such as Europe/Berlin)");

                        FailureAnalysis analysis = new EscalationPolicyFailureAnalyzer().analyze(failure);
                        assertThat(analysis.getDescription())
                                .startsWith("The escalation policy settings are invalid: settings.conversionThreshold:")
                                .contains("escalation.policy.conversion-threshold: must be a positive duration")
                                .contains("escalation.policy.customer-update-gaps.daily: must be a positive")
                                .contains("escalation.policy.calendar.zone: unknown time zone \"Mars/Base\"");
                    });
        }

        @Test
        void anEmptyWorkingWeekIsNamedBesideABadZone() {
            runner.withPropertyValues("escalation.policy.calendar.zone=Nowhere",
                    "escalation.policy.calendar.working-days=").run(context ->
                    assertThat(context).getFailure().rootCause()
                            .hasMessageContaining("settings.calendar.zone: unknown time zone \"Nowhere\"")
                            .hasMessageContaining("settings.calendar.workingDays: must name at least one day"));
        }

        @Test
        void holidaysWithoutAZoneAskForOne() {
            runner.withPropertyValues("escalation.policy.calendar.holidays=2026-12-25").run(context ->
                    assertThat(context).getFailure().rootCause()
                            .hasMessage("settings.calendar.zone: is required"));
        }

        @Test
        void valuesThatAreNotDurationsOrDatesFailToBind() {
            runner.withPropertyValues("escalation.policy.conversion-threshold=three hours").run(context ->
                    assertThat(context).getFailure().hasStackTraceContaining(
                            "Failed to bind properties under 'escalation.policy.conversion-threshold'"));
            runner.withPropertyValues("escalation.policy.standup-gaps.daily=soon").run(context ->
                    assertThat(context).getFailure().hasStackTraceContaining(
                            "Failed to bind properties under 'escalation.policy.standup-gaps.daily'"));
            runner.withPropertyValues("escalation.policy.calendar.holidays=25.12.2026").run(context ->
                    assertThat(context).getFailure().hasStackTraceContaining(
                            "Failed to bind properties under 'escalation.policy.calendar.holidays"));
        }
    }

    @Nested
    class RuleFilesOfYourOwn {

        @Test
        void areAddedFromAPatternInFileNameOrder() {
            runner.withPropertyValues("escalation.policy.rules=classpath:policy/*.drl").run(context -> {
                EscalationPolicy policy = context.getBean(EscalationPolicy.class);
                Account partner = Account.builder("Watched Inc", Segment.OTHER).strategicPartnership(true)
                        .team(Team.builder().accountExecutive("Alex").build()).build();
                Assessment assessment = policy.assess(EscalationCase.of(partner)
                        .emergency(Emergency.builder("ZD-5", NOW).blockedInitiatives(Initiative.RENEWAL).build())
                        .escalation(Escalation.builder(Severity.MEDIUM, NOW).build()).build(), NOW);

                assertThat(assessment.findings()).extracting(f -> f.code())
                        .contains("SEVERITY_BELOW_TEAM_POLICY", "ON_WATCH_LIST");
                // The version hashes the files in the order added: the same as adding them by hand in name order.
                assertThat(policy.version()).isEqualTo(EscalationPolicy.builder()
                        .addRules("renewals.drl", read("policy/renewals.drl"))
                        .addRules("watchlist.drl", read("policy/watchlist.drl")).build().version());
            });
        }

        @Test
        void aLocationMatchingNothingFailsStartUpUnlessOptional() {
            runner.withPropertyValues("escalation.policy.rules=classpath:policy/renewals.drl,classpath:nowhere/*.drl")
                    .run(context -> {
                        assertThat(context).getFailure().rootCause().isInstanceOf(MissingRulesException.class)
                                .hasMessageStartingWith("escalation.policy.rules[1]: classpath:nowhere/*.drl matches "
                                        + "no readable file");
                        assertThat(new EscalationPolicyFailureAnalyzer().analyze(context.getStartupFailure())
                                .getAction()).contains("escalation.policy.rules[1]");
                    });
            runner.withPropertyValues("escalation.policy.rules=optional:classpath:nowhere/*.drl").run(context ->
                    assertThat(context.getBean(EscalationPolicy.class).version())
                            .isEqualTo(EscalationPolicy.standard().version()));
        }

        @Test
        void thatDoNotCompileFailStartUpNamingFileAndLine() {
            runner.withPropertyValues("escalation.policy.rules=classpath:broken/*.drl").run(context -> {
                assertThat(context).getFailure().rootCause().isInstanceOf(PolicyDefinitionException.class)
                        .hasMessageContaining("broken.drl:");
                assertThat(new EscalationPolicyFailureAnalyzer().analyze(context.getStartupFailure())
                        .getDescription()).startsWith("The escalation policy's rules do not compile:")
                        .contains("broken.drl:");
            });
        }

        private static String read(String resource) throws Exception {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        }
    }

    @Nested
    class WarmUp {

        @Test
        void theStartersPolicyIsWarmedUpAtStartUpAndTheMetricsCountNoneOfIt() {
            runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
                    .run(context -> {
                        assertThat(context.getBean(PolicyWarmUp.class).assessments()).isGreaterThanOrEqualTo(12);
                        assertThat(context.getBean(MeterRegistry.class).get(AssessmentMetrics.ASSESSMENTS)
                                .tag("outcome", "assessed").timer().count()).isZero();
                    });
        }

        @Test
        void aPolicyOfTheApplicationsOwnIsWarmedUpToo() {
            withoutBuilding.run(context -> assertThat(context.getBean(PolicyWarmUp.class).assessments())
                    .isGreaterThanOrEqualTo(12));
        }

        @Test
        void thePropertyTurnsItOff() {
            withoutBuilding.withPropertyValues("escalation.policy.warm-up.enabled=false").run(context -> {
                assertThat(context).hasSingleBean(EscalationPolicy.class);
                assertThat(context).doesNotHaveBean(PolicyWarmUp.class);
            });
        }
    }

    @Nested
    class Metrics {

        @Test
        void timeEveryAssessmentByOutcomeAndCountFindingsByCodeInTheActuatorsRegistry() {
            runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
                    .run(context -> {
                        assertThat(context).hasSingleBean(AssessmentMetrics.class);
                        EscalationPolicy policy = context.getBean(EscalationPolicy.class);
                        MeterRegistry registry = context.getBean(MeterRegistry.class);

                        policy.assess(emergencyRunning(Duration.ofHours(4)), NOW);
                        policy.adviseConversion(ACME, Emergency.builder("ZD-2", NOW).build(), NOW);
                        try {
                            policy.assess(EscalationCase.of(Account.builder(" ", Segment.OTHER).build()).build(), NOW);
                        } catch (InvalidEscalationInputException expected) {
                            // counted as refused
                        }

                        assertThat(registry.get(AssessmentMetrics.ASSESSMENTS).tag("outcome", "assessed").timer()
                                .count()).isEqualTo(2);
                        assertThat(registry.get(AssessmentMetrics.ASSESSMENTS).tag("outcome", "refused").timer()
                                .count()).isEqualTo(1);
                        assertThat(registry.get(AssessmentMetrics.FINDINGS).tag("code", "CALL_OVER_THREE_HOURS")
                                .counter().count()).isEqualTo(1);
                    });
        }

        @Test
        void useARegistryOfTheApplication() {
            withoutBuilding.withUserConfiguration(Registry.class).run(context ->
                    assertThat(context.getBean(AssessmentMetrics.class)).isNotNull());
        }

        @Test
        void areLeftOutWithoutARegistry() {
            withoutBuilding.run(context -> assertThat(context).doesNotHaveBean(AssessmentMetrics.class));
        }

        @Test
        void areLeftOutWithoutMicrometer() {
            withoutBuilding.withUserConfiguration(Registry.class)
                    .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                    .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AssessmentMetrics.class));
        }
    }

    @Nested
    class Json {

        @Test
        void theModuleIsABeanThatSpringBootsObjectMapperRegisters() {
            withoutBuilding.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run(context -> {
                assertThat(context).hasSingleBean(EscalationJsonModule.class);
                Assessment assessment = EscalationPolicy.standard().assess(emergencyRunning(Duration.ofHours(4)), NOW);

                assertThat(context.getBean(ObjectMapper.class).writeValueAsString(assessment))
                        .isEqualTo(EscalationJson.writeCompact(assessment));
            });
        }

        @Test
        void isLeftOutWithoutJackson() {
            withoutBuilding.withClassLoader(new FilteredClassLoader(ObjectMapper.class)).run(context ->
                    assertThat(context).hasNotFailed().doesNotHaveBean(EscalationJsonModule.class));
        }
    }

    @Nested
    class ActuatorInfo {

        @Test
        void showsThePolicyVersion() {
            withoutBuilding.run(context -> {
                Info.Builder info = new Info.Builder();
                context.getBean("escalationInfoContributor", InfoContributor.class).contribute(info);

                assertThat(info.build().getDetails()).isEqualTo(Map.of("escalation",
                        Map.of("policyVersion", context.getBean(EscalationPolicy.class).version())));
            });
        }

        @Test
        void isLeftOutWhenTurnedOff() {
            withoutBuilding.withPropertyValues("management.info.escalation.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean("escalationInfoContributor"));
        }

        @Test
        void isLeftOutWithoutTheActuator() {
            withoutBuilding.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate")).run(context ->
                    assertThat(context).hasNotFailed().doesNotHaveBean(InfoContributor.class));
        }
    }

    @Test
    void withoutAnyOptionalLibraryThePolicyIsBuiltAndWorks() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer", "com.fasterxml.jackson",
                        "org.springframework.boot.actuate"))
                .withPropertyValues("escalation.policy.conversion-threshold=2h").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(AssessmentMetrics.class)
                            .doesNotHaveBean(EscalationJsonModule.class).doesNotHaveBean(InfoContributor.class);
                    assertThat(context.getBean(EscalationPolicy.class).assess(emergencyRunning(Duration.ofMinutes(150)),
                            NOW).conversion().orElseThrow().recommended()).isTrue();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnPolicy {
        @Bean
        EscalationPolicy myPolicy() {
            return EscalationPolicy.standard();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        MeterRegistry registry() {
            return new SimpleMeterRegistry();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RecordingInterceptors {
        final List<String> calls = new ArrayList<>();

        @Bean
        @Order(2)
        AssessmentInterceptor inner() {
            return recording("inner");
        }

        @Bean
        @Order(1)
        AssessmentInterceptor outer() {
            return recording("outer");
        }

        private AssessmentInterceptor recording(String name) {
            return (escalationCase, now, assessment) -> {
                calls.add(name + " before");
                Assessment result = assessment.get();
                calls.add(name + " after");
                return result;
            };
        }
    }
}
