/**
 * A test kit for policy authors: scenario files checked by {@code decide --check} and by JUnit alike
 * ({@link dev.escalation.test.PolicyScenarios}, {@link dev.escalation.test.ScenarioSuite}), AssertJ assertions on
 * assessments ({@link dev.escalation.test.PolicyAssertions}), cases with sensible defaults
 * ({@link dev.escalation.test.TestCases}), and the coverage of a policy's rules, standard and added
 * ({@link dev.escalation.test.RuleCoverage}). Add the module with {@code <scope>test</scope>}.
 *
 * <p><b>Stability:</b> stable API.
 */
package dev.escalation.test;
