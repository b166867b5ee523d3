package vn.congxa.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on the communes of a repository spread over threads: each commune is independent, and the results come back in
 * the communes' order whatever order the threads finish in, so that a build's output does not depend on the threads.
 * The work must share nothing mutable: each item's result, findings included, is returned, never added to a list of
 * the caller's.
 */
public final class Parallel {

    /** Told of each result as soon as it is ready, on the caller's thread, so that it needs no locking. */
    public interface Done<R> {
        void done(int count, R result);
    }

    private Parallel() {
    }

    /** {@code work} applied to every item on at most {@code jobs} threads; the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> work) {
        return map(items, jobs, work, (count, result) -> { });
    }

    /**
     * As {@link #map(List, int, Function)}, and {@code done} is called for each result in the order they are ready,
     * on the calling thread.
     */
    public static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> work, Done<R> done) {
        int threads = Math.max(1, Math.min(jobs, items.size()));
        if (threads == 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                R result = work.apply(item);
                results.add(result);
                done.done(results.size(), result);
            }
            return Collections.unmodifiableList(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "congxa-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Indexed<R>> completion = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                completion.submit(() -> new Indexed<>(index, work.apply(items.get(index))));
            }
            Object[] results = new Object[items.size()];
            for (int count = 1; count <= items.size(); count++) {
                Future<Indexed<R>> finished = completion.take();
                Indexed<R> result = finished.get();
                results[result.index()] = result.value();
                done.done(count, result.value());
            }
            @SuppressWarnings("unchecked")
            List<R> ordered = (List<R>) Arrays.asList(results);
            return Collections.unmodifiableList(ordered);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // The work's own exception, as if it had run on this thread.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Indexed<R>(int index, R value) {
    }
}
