/**
 * The policy written again in plain Java ({@link dev.escalation.reference.ReferencePolicy}) and the cases the
 * benchmarks measure ({@link dev.escalation.reference.RealisticCases}): support for testing and measuring the rules,
 * not part of the library.
 */
package dev.escalation.reference;
