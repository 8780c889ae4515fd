package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The policy of {@link Stage1Executor}: who runs a task, with which entity manager, and what the caller gets back. */
class Stage1ExecutorTests {

    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final EntityManager shared = entityManager("shared");

    @Test
    void sequentialModeRunsEveryTaskOnTheCallerWithTheSharedEntityManagerAndNeverStartsAThread() {
        for (int threads : new int[] {0, 1}) {
            try (Stage1Executor executor = new Stage1Executor(this::open, shared, threads)) {
                Thread caller = Thread.currentThread();
                List<String> order = new ArrayList<>();
                Stage1Executor.Pending<Thread> first = executor.fork(em -> {
                    order.add("first");
                    assertThat(em).isSameAs(shared);
                    return Thread.currentThread();
                });
                order.add("forked");
                assertThat(first.join()).isSameAs(caller);
                assertThat(order).as("a task runs when it is forked, as the sequential code ran it").containsExactly("first", "forked");
                assertThat(executor.parallel()).isFalse();
                assertThat(executor.threadsCreated()).isZero();
                assertThat(opened.get()).isZero();
            }
        }
    }

    @Test
    void aTaskOnAWorkerGetsItsOwnEntityManagerClosedAfterwards() {
        try (Stage1Executor executor = new Stage1Executor(this::open, shared, 2)) {
            AtomicReference<EntityManager> used = new AtomicReference<>();
            Thread worker = executor.fork(em -> {
                used.set(em);
                return Thread.currentThread();
            }).join();
            assertThat(worker).isNotSameAs(Thread.currentThread());
            assertThat(worker.getName()).startsWith("stage1-");
            assertThat(worker.isDaemon()).isTrue();
            assertThat(used.get()).isNotSameAs(shared);
            assertThat(opened.get()).isEqualTo(1);
            assertThat(closed.get()).isEqualTo(1);
        }
    }

    @Test
    void aSaturatedPoolRunsTheTaskOnTheCallerAtOnceWithTheSharedEntityManager() throws InterruptedException {
        try (Stage1Executor executor = new Stage1Executor(this::open, shared, 2)) {
            CountDownLatch started = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            List<Stage1Executor.Pending<String>> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                busy.add(executor.fork(em -> {
                    started.countDown();
                    await(release);
                    return Thread.currentThread().getName();
                }));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).as("both workers busy").isTrue();
            AtomicReference<EntityManager> used = new AtomicReference<>();
            Stage1Executor.Pending<Thread> third = executor.fork(em -> {
                used.set(em);
                return Thread.currentThread();
            });
            assertThat(used.get()).as("run before fork returned, while the workers are still blocked").isSameAs(shared);
            assertThat(third.join()).isSameAs(Thread.currentThread());
            release.countDown();
            assertThat(busy.get(0).join()).startsWith("stage1-");
            assertThat(busy.get(1).join()).startsWith("stage1-");
            assertThat(executor.threadsCreated()).isEqualTo(2);
        }
    }

    @Test
    void aWorkerTasksExceptionReachesTheCallerAsItWasThrownNotWrapped() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad query");
        AssertionError error = new AssertionError("broken");
        try (Stage1Executor executor = new Stage1Executor(this::open, shared, 2)) {
            Stage1Executor.Pending<Object> failing = executor.fork(em -> {
                throw thrown;
            });
            assertThatThrownBy(failing::join).isSameAs(thrown);
            Stage1Executor.Pending<Object> erring = executor.fork(em -> {
                throw error;
            });
            assertThatThrownBy(erring::join).isSameAs(error);
        }
        assertThat(opened.get()).isPositive();
        assertThat(closed.get()).as("a failing worker task closes its entity manager too").isEqualTo(opened.get());
    }

    @Test
    void inSequentialModeATasksExceptionIsThrownWhereTheSequentialCodeThrewIt() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad query");
        try (Stage1Executor executor = new Stage1Executor(this::open, shared, 1)) {
            assertThatThrownBy(() -> executor.fork(em -> {
                throw thrown;
            })).isSameAs(thrown);
        }
    }

    @Test
    void afterShutdownATaskStillRunsOnTheCaller() {
        Stage1Executor executor = new Stage1Executor(this::open, shared, 2);
        executor.close();
        assertThat(executor.fork(em -> Thread.currentThread()).join()).isSameAs(Thread.currentThread());
    }

    private EntityManager open() {
        opened.incrementAndGet();
        return entityManager("own");
    }

    /** An entity manager that only counts {@code close()}: the executor hands it to the task and closes it. */
    private EntityManager entityManager(String name) {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            closed.incrementAndGet();
                            return null;
                        case "toString":
                            return name;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
