/**
 * The {@code decide} command: one JSON case in, one JSON decision out (POLICY.md section 3), or JSON Lines for
 * batches. Not a library API.
 */
package dev.escalation.examples.decide;
