package id.jejak.command.rules;

import id.jejak.platform.web.ProblemFactory;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class CommandProblemAdviceTest {

    private final CommandProblemAdvice advice = new CommandProblemAdvice(new ProblemFactory(new StaticMessageSource()));

    @Test
    void aRecordStartedByAnotherNodeAtTheSameMomentIsAConflictToSendAgain() {
        ProblemDetail problem = advice.concurrentChange(
                new AggregateStreamCreationException("Cannot reuse aggregate identifier [DINKES] to create aggregate"),
                new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/work-units/DINKES/x"));

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.CONFLICT.value());
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }
}
