/**
 * The standard rules: their DRL lives in the resource folder of this package ({@code dev/escalation/rules/internal/model/},
 * package and folder agree), and the executable model that {@code kie-maven-plugin} generates from it at build time
 * lands in this package. Internal: nothing here is API; the facade {@code dev.escalation.EscalationPolicy} is.
 *
 * <h2>How a rule file reads</h2>
 * <ul>
 * <li>{@code questions.drl} answers the flowchart's questions once, as small derived facts ({@code InScope},
 * {@code OpenInScope}, {@code PsProjectEscalation}, {@code CsmAssigned}, {@code PeakSeverity}, and the questions of
 * version 3); every other file is one handbook section and only decides, matching those facts by name. Data flows one
 * way: from questions to decisions.
 * <li>A consequence is its conclusion alone. A decision the assessment reports (a route, a stakeholder, an action, a
 * message kind, a product leader, a finding) is concluded with one call, {@code decisions.conclude(kcontext, x)}: the
 * per-call collector {@code rules.internal.Decisions} takes it when no rule of the knowledge base matches its type (a
 * user's rule that matches it makes it a fact again), and the rule inserts it otherwise. A derived fact that other
 * rules match is inserted with {@code insert}; one concluded from an absence ({@code not ...}) with
 * {@code insertLogical}, so truth maintenance withdraws it if what was absent arrives later.
 * <li>Consequences are MVEL ({@code dialect "mvel"}): the same text compiles in the generated model and, for a policy
 * with rules of its own, at run time, where MVEL needs no Java compiler.
 * <li>Every rule names its decision as a sentence and carries {@code @id} (POLICY.md clause / name), {@code @section}
 * (the handbook heading) and {@code @reason} (a template whose {@code {$x}} placeholders are the match's bindings),
 * which the explanation reads back. Thresholds come from the settings facts ({@code Limits}, gaps per cadence), never
 * from literals, and rule names do not repeat them. No salience: rules are order-independent.
 * </ul>
 */
package dev.escalation.rules.internal.model;
