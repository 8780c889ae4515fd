package org.migracode.talent.index.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the independent parts of one request's stage 1 (the structured query, the skills and
 * full-text channels, the embedding channel's in-memory scan, half of the stored-field read)
 * side by side, so that one request's latency drops: at low load the machine has idle cores that
 * a request running on one thread leaves unused (docs/performance.md, "Stage 1 in parallel").
 *
 * <p>The pool is small and bounded ({@value #THREADS}, default the number of processors) and
 * has no queue: a task that finds every worker busy runs on the caller's thread at once
 * (as {@link ThreadPoolExecutor.CallerRunsPolicy} does, also after shutdown). Under load, when every core is busy with other
 * requests anyway, a request so falls back to running its parts itself, one after another, and
 * throughput stays what it was; nothing queues without bound, and the caller never waits for a
 * task that has not started (a task is either running on a worker or already done), so there is
 * no deadlock. With {@code 0} or {@code 1} there is no pool at all: every task runs on the caller
 * as the sequential code did.
 *
 * <p>A task gets the {@link EntityManager} it must use: on the caller's thread the request's own
 * (the shared, transaction-bound one); on a worker a new one from the factory, closed when the
 * task ends, because the request's session is not thread-safe. Tasks only run index queries
 * that project ids, scores and stored fields (no entity is loaded, no row is read), which need
 * neither a transaction nor a database connection.
 */
@Component
public class Stage1Executor implements AutoCloseable {

    /** The property with the number of worker threads; 0 or 1: no workers, everything on the caller. */
    public static final String THREADS = "talent.matching.stage1-threads";

    private final Supplier<EntityManager> sessions;
    private final EntityManager shared;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger created = new AtomicInteger();

    @Autowired
    public Stage1Executor(EntityManagerFactory factory, EntityManager shared, @Value("${" + THREADS + ":-1}") int threads) {
        this(factory::createEntityManager, shared, threads < 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /**
     * @param sessions opens the entity manager of a task that runs on a worker
     * @param shared the entity manager of a task that runs on the caller's thread
     * @param threads the number of workers; 0 or 1: none
     */
    Stage1Executor(Supplier<EntityManager> sessions, EntityManager shared, int threads) {
        this.sessions = sessions;
        this.shared = shared;
        this.pool = threads <= 1 ? null : new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "stage1-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (task, executor) -> task.run()); // caller runs, also once shut down (CallerRunsPolicy would drop it then, and join would wait forever)
        if (pool != null) {
            pool.allowCoreThreadTimeOut(true);
        }
    }

    /** Whether tasks may run on workers (false: every task runs on the caller when it is forked). */
    public boolean parallel() {
        return pool != null;
    }

    /** How many worker threads were started so far. */
    int threadsCreated() {
        return created.get();
    }

    /**
     * Starts {@code task} on a free worker, or runs it on the calling thread now when there is
     * none (or no pool). Its result, or its exception as it was thrown, comes from
     * {@link Pending#join()}.
     */
    public <T> Pending<T> fork(Function<EntityManager, T> task) {
        if (pool == null) {
            T value = task.apply(shared);
            return () -> value;
        }
        Thread caller = Thread.currentThread();
        FutureTask<T> future = new FutureTask<>(() -> Thread.currentThread() == caller ? task.apply(shared) : onOwnSession(task));
        pool.execute(future);
        return () -> join(future);
    }

    /** A value already known, as a {@link Pending}. */
    public static <T> Pending<T> done(T value) {
        return () -> value;
    }

    private <T> T onOwnSession(Function<EntityManager, T> task) {
        EntityManager own = sessions.get();
        try {
            return task.apply(own);
        } finally {
            own.close();
        }
    }

    /** The task's result; its exception unwrapped, as it would have been thrown on the caller's thread. */
    private static <T> T join(FutureTask<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stage-1 task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Lets running tasks finish, starts no new worker; a task forked after this runs on its caller. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A forked task's result. */
    @FunctionalInterface
    public interface Pending<T> {

        /** Waits for the task (which is running or done) and returns its result or throws its exception. */
        T join();
    }
}
