package io.mynumberlineage.demo;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code demoData}: cheap to poll, it reads no store. */
@Controller
public class DemoDataController {

    private final DemoLoadProgress progress;

    public DemoDataController(DemoLoadProgress progress) {
        this.progress = progress;
    }

    @QueryMapping
    public DemoLoadProgress.Snapshot demoData() {
        return progress.snapshot();
    }
}
