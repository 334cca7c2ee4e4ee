package io.mynumberlineage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks the tests that read the seed 評価書 themselves (golden tests, fuzzing over the seeds, the demo
 * data check …): one group that runs wherever the seeds are found (always in CI) and is reported as
 * skipped, with the reason, on a clone that has no {@code ../shared} beside it. Works for JUnit
 * Jupiter classes and methods and for jqwik properties.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("seeds")
@ExtendWith(SeedsPresent.class)
@AddLifecycleHook(SeedsPresent.class)
public @interface RequiresSeeds {

    /** Also needs the 番号法 data of {@code ../shared/law}. */
    boolean law() default false;
}
