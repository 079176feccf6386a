package org.givefirst.web.support;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: runs use cases at the same moment, as several people (or several instances) would.
 * Each task waits at a start gate until all are running on their own thread of the server's
 * executor, then all go at once. Deployed with the in-server tests that race.
 */
public final class Race {

    static final int TIMEOUT_SECONDS = 60;

    private Race() {
    }

    /** What one racer got: a value, or the exception its use case threw. */
    public record Outcome<T>(T value, Throwable failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    public static <T> List<Outcome<T>> run(ManagedExecutorService executor, List<Callable<T>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(() -> {
                ready.countDown();
                start.await();
                return task.call();
            }));
        }
        boolean allReady = ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        start.countDown();
        if (!allReady) {
            throw new AssertionError("the executor did not run " + tasks.size() + " tasks at once");
        }
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                outcomes.add(new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome<>(null, e.getCause()));
            }
        }
        return outcomes;
    }

    /** The values of a race in which nobody may fail; a failure fails the test with its stack trace. */
    public static <T> List<T> values(ManagedExecutorService executor, List<Callable<T>> tasks) throws Exception {
        List<Outcome<T>> outcomes = run(executor, tasks);
        List<String> failures = failures(outcomes);
        if (!failures.isEmpty()) {
            throw new AssertionError("racers failed:\n" + String.join("\n", failures));
        }
        return succeeded(outcomes);
    }

    public static <T> List<T> succeeded(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
    }

    public static <T> List<String> failures(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(o -> !o.succeeded()).map(o -> stackTrace(o.failure())).toList();
    }

    /** Every racer that failed failed with {@code expected}. */
    public static <T> void assertAllFailedWith(Class<? extends Throwable> expected, List<Outcome<T>> outcomes) {
        for (Outcome<T> outcome : outcomes) {
            if (!outcome.succeeded() && !expected.isInstance(outcome.failure())) {
                throw new AssertionError("expected " + expected.getSimpleName() + " but got:\n" + stackTrace(outcome.failure()));
            }
        }
    }

    public static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
