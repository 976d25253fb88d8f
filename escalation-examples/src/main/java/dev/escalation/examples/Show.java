package dev.escalation.examples;

import dev.escalation.decision.Assessment;
import dev.escalation.decision.Assignment;
import dev.escalation.decision.ChecklistEntry;
import dev.escalation.decision.ClosureDecision;
import dev.escalation.decision.Conversion;
import dev.escalation.decision.Explanation;
import dev.escalation.decision.Finding;
import dev.escalation.decision.Moment;
import dev.escalation.decision.Plan;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints decisions as readable text: what was decided, then why. */
final class Show {

    private final PrintStream out;

    Show(PrintStream out) {
        this.out = out;
    }

    void title(String title) {
        out.println();
        out.println("== " + title);
    }

    void assessment(Assessment assessment) {
        if (!assessment.inScope()) {
            out.println("   account out of scope: conversion advice and routes only");
        }
        assessment.conversion().ifPresent(this::conversion);
        assessment.routes().ifPresent(routes -> out.println("   routes: " + routes));
        assessment.plan().ifPresent(this::plan);
        findings(assessment.findings());
        assessment.closure().ifPresent(this::closure);
        assessment.broadcast().ifPresent(post -> out.println("   post in #escalated_customers: " + post));
        assessment.messages().forEach((kind, message) -> {
            out.println("   draft " + kind.key() + (message.complete() ? "" : " (missing " + message.missing() + ")")
                    + ":");
            message.text().lines().forEach(line -> out.println("   | " + line));
        });
        why(assessment.explanation());
    }

    void conversion(Conversion conversion) {
        out.println("   convert to an account escalation: " + (conversion.recommended() ? "recommended" : "not yet")
                + (conversion.triggers().isEmpty() ? "" : ", because " + conversion.triggers()));
        out.println("   actions: " + conversion.actions());
    }

    void plan(Plan plan) {
        out.println("   severity " + plan.severity() + ": cadence " + plan.cadence() + ", involve " + plan.involvement());
        out.println("   DRI " + person(plan.dri()) + plan.caseOwner().map(o -> ", CS Help case owner " + person(o)).orElse("")
                + plan.leadTechnicalCollaborator().map(a -> ", lead technical collaborator " + person(a)).orElse(""));
        out.println("   support contacts, in order: " + plan.contacts().stream().map(Show::person)
                .collect(Collectors.joining(" -> ")));
        out.println("   Product DRI required: " + plan.productDriRequired()
                + plan.productLeader().map(l -> "; product counterpart " + l).orElse(""));
        out.println("   channel: " + plan.channel());
        out.println("   checklist:");
        for (ChecklistEntry entry : plan.checklist()) {
            out.println("     [" + (entry.done() ? "x" : " ") + "] " + entry.item()
                    + entry.due().map(due -> " (due " + due + ")").orElse(" (ongoing)"));
        }
    }

    void findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println("   findings: none");
        }
        for (Finding finding : findings) {
            out.println("   finding " + finding.code() + " " + finding.details());
        }
    }

    void closure(ClosureDecision closure) {
        out.println("   may close: " + closure.ready() + (closure.ready() ? ", steps " + closure.steps()
                : ", blocked by " + closure.blockers()));
    }

    void why(List<Explanation> explanation) {
        out.println("   why:");
        for (Explanation e : explanation) {
            out.println("   - " + e.rule() + " [" + e.section() + "]");
            out.println("       " + e.reason());
        }
    }

    void moment(Moment moment) {
        if (moment.appeared().isEmpty() && moment.cleared().isEmpty()) {
            return;
        }
        out.println("   " + moment.at()
                + moment.appeared().stream().map(f -> " +" + f.subject()).collect(Collectors.joining())
                + moment.cleared().stream().map(f -> " -" + f.subject()).collect(Collectors.joining()));
    }

    static String person(Assignment assignment) {
        return assignment.role() + assignment.name().map(n -> " (" + n + ")").orElse(" (nobody named)");
    }
}
