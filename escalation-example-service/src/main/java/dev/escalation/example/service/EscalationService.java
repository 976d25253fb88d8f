package dev.escalation.example.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web service that answers as {@code decide} does, over HTTP: {@code POST /assess} with a case, the assessment back.
 * It has no configuration code: the policy, its settings ({@code application.yml}), the JSON module, the metrics and
 * the policy version in {@code /actuator/info} all come from {@code escalation-spring-boot-starter}.
 *
 * <pre>
 * java -jar escalation-example-service/target/escalation-example-service.jar
 * curl -s -H 'Content-Type: application/json' --data @escalation-examples/samples/emergency.json \
 *     localhost:8080/assess
 * </pre>
 */
@SpringBootApplication
public class EscalationService {

    /**
     * @param args Spring Boot's, e.g. {@code --server.port=8081} or {@code --escalation.policy.call-limit=2h}
     */
    public static void main(String[] args) {
        SpringApplication.run(EscalationService.class, args);
    }
}
