package vn.congxa.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work on the communes of a repository spread over threads: each commune is independent, and the results come back in
 * the communes' order whatever order the threads finish in, so that a build's output does not depend on the threads.
 */
public final class Parallel {

    private Parallel() {
    }

    /** {@code work} applied to every item on at most {@code jobs} threads; the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, int jobs, Function<T, R> work) {
        int threads = Math.max(1, Math.min(jobs, items.size()));
        if (threads == 1) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "congxa-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
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
}
