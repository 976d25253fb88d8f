/**
 * How the facade runs the rules: building the knowledge base, one session per evaluation, the listener that
 * records the explanation, and the assembly of results. Not API: may change in any release.
 */
package dev.escalation.rules.internal;
