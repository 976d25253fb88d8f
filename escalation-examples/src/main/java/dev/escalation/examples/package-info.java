/**
 * Runnable examples of the escalation policy and the {@code decide} command, all behind
 * {@link dev.escalation.examples.Main}. Not a library API.
 */
package dev.escalation.examples;
