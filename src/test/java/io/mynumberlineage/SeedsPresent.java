package io.mynumberlineage;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The condition behind {@link RequiresSeeds}, for JUnit Jupiter and for jqwik alike. */
public class SeedsPresent implements ExecutionCondition, SkipExecutionHook {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return missing(context.getElement())
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("the seed data is present"));
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return missing(context.optionalElement())
                .map(SkipResult::skip)
                .orElseGet(SkipResult::doNotSkip);
    }

    /** Why the element cannot run here, or empty when it can. */
    static Optional<String> missing(Optional<? extends AnnotatedElement> element) {
        boolean needsLaw = element.flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresSeeds.class))
                .map(RequiresSeeds::law).orElse(false);
        if (!SharedData.seedsPresent()) {
            return Optional.of(reason("seed documents", SharedData.seedsDir().toString()));
        }
        if (needsLaw && !SharedData.lawPresent()) {
            return Optional.of(reason("law data", SharedData.lawDir().toString()));
        }
        return Optional.empty();
    }

    private static String reason(String what, String where) {
        return "needs the " + what + " of ../shared, not found at " + java.nio.file.Path.of(where).toAbsolutePath().normalize()
                + " (set LINEAGE_SHARED_DIR to the folder holding seeds/ and law/)";
    }
}
