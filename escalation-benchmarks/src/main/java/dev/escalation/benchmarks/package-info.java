/**
 * JMH benchmarks: the Drools policy against the plain-Java reference on the same realistic cases. Run with
 * {@code java -jar escalation-benchmarks/target/benchmarks.jar}; see docs/performance.md for the figures and the command.
 */
package dev.escalation.benchmarks;
