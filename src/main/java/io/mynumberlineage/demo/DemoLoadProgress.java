package io.mynumberlineage.demo;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * How far the first-start demo load has come, for the explorer to show while the store fills
 * (GraphQL {@code demoData}). The loader writes, requests read; one immutable snapshot at a time.
 */
@Component
public class DemoLoadProgress {

    public enum State {
        /** The app answers but has not yet decided whether to load demo data. */
        PENDING,
        LOADING,
        DONE,
        /** Nothing to load: demo data is off, the store already holds assessments, or none was found. */
        NONE
    }

    public record Snapshot(State state, int loaded, int total, String current) {

        /** What the explorer shows, in Japanese. */
        public String message() {
            return switch (state) {
                case PENDING -> "起動しています。デモデータの確認を待っています。";
                case LOADING -> "デモデータを読み込んでいます " + Math.min(loaded + 1, total) + "/" + total;
                case DONE -> "デモデータ " + loaded + " 件を読み込みました。";
                case NONE -> "";
            };
        }
    }

    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(State.PENDING, 0, 0, null));

    public Snapshot snapshot() {
        return current.get();
    }

    void loading(int loaded, int total, String name) {
        current.set(new Snapshot(State.LOADING, loaded, total, name));
    }

    void done(int loaded, int total) {
        current.set(new Snapshot(State.DONE, loaded, total, null));
    }

    void none() {
        current.set(new Snapshot(State.NONE, 0, 0, null));
    }
}
