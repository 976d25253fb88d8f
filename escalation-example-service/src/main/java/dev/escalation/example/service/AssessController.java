package dev.escalation.example.service;

import dev.escalation.EscalationPolicy;
import dev.escalation.decision.Assessment;
import dev.escalation.json.CaseInput;
import dev.escalation.validation.InvalidEscalationInputException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /assess}: the input of {@code decide} ({@code {"now": ..., "account": ..., ...}}) in, its output out.
 * Spring's {@code ObjectMapper} reads and writes both through the starter's {@code EscalationJsonModule}, so the body
 * is the bytes of {@code EscalationJson.writeCompact}. Bad input is {@code 400} with {@code {"error": "..."}}, the line
 * {@code decide} prints after {@code decide: invalid input: }, naming every field at fault.
 */
@RestController
class AssessController {

    private final EscalationPolicy policy;

    AssessController(EscalationPolicy policy) {
        this.policy = policy;
    }

    @PostMapping(path = "/assess", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Assessment assess(@RequestBody CaseInput input) {
        return policy.assess(input.escalationCase(), input.now());
    }

    @ExceptionHandler(InvalidEscalationInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidEscalationInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    /** The module's reader throws the library's exception inside Jackson's, inside Spring's: report it alone. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEscalationInputException invalid) {
                return invalid(invalid);
            }
        }
        // No body at all, which the module never sees: Spring's first line says so.
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage().lines().findFirst().orElse("")));
    }
}
