package io.mynumberlineage.citizen;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code explain(process, audience)}, {@code processes(municipality)} and {@code municipalities}. */
@Controller
public class ExplanationController {

    private final ExplanationService service;

    public ExplanationController(ExplanationService service) {
        this.service = service;
    }

    @QueryMapping
    public Explanation explain(@Argument String process, @Argument Audience audience) {
        // The page may pass the global id of the explorer (Process:…); both forms are accepted.
        String id = process.startsWith("Process:") ? process.substring("Process:".length()) : process;
        return service.explain(id, audience == null ? Audience.CITIZEN : audience).orElse(null);
    }

    @QueryMapping
    public List<ExplanationService.ProcessSummary> processes(@Argument String municipality) {
        return service.processes(municipality);
    }

    @QueryMapping
    public List<String> municipalities() {
        return service.municipalities();
    }
}
