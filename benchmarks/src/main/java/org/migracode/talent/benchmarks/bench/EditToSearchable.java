package org.migracode.talent.benchmarks.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;

/**
 * "A profile or listing edit → searchable at R writes/s": an open-loop schedule of edits (one every
 * 1/R s, alternately a graduate's headline and a listing's title, each given a unique word), each
 * committed through JPA as the portal commits it, then searched for by that word until the index
 * answers. The latency of one edit runs from its <em>scheduled</em> start to the first search that
 * finds it, so a write that waits for a busy machine counts its wait (no coordinated omission).
 */
final class EditToSearchable {

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final EntityManagerFactory emf;

    EditToSearchable(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Runs {@code writes} edits at {@code perSecond}; returns one latency sample per edit (nanoseconds). */
    LatencySamples run(int writes, double perSecond, String runId) throws InterruptedException {
        List<UUID> graduates = ids("select g.id from GraduateProfile g order by g.id", writes);
        List<UUID> listings = ids("select l.id from Listing l order by l.id", writes);
        LatencySamples samples = new LatencySamples();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> results = new ArrayList<>();
            long intervalNanos = (long) (1e9 / perSecond);
            long start = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                long scheduled = start + i * intervalNanos;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String word = "benchedit" + runId + "x" + i;
                boolean graduate = i % 2 == 0 || listings.isEmpty();
                UUID id = graduate ? graduates.get(i / 2 % graduates.size()) : listings.get(i / 2 % listings.size());
                results.add(pool.submit(() -> editAndAwait(graduate, id, word, scheduled)));
            }
            for (Future<Long> f : results) {
                samples.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("an edit failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return samples;
    }

    private long editAndAwait(boolean graduate, UUID id, String word, long scheduled) throws InterruptedException {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            if (graduate) {
                GraduateProfile g = em.find(GraduateProfile.class, id);
                g.setHeadline("Junior developer " + word);
            } else {
                Listing l = em.find(Listing.class, id);
                l.setTitle("Junior developer " + word);
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        while (!found(graduate, word)) {
            if (System.nanoTime() - scheduled > GIVE_UP_NANOS) {
                throw new IllegalStateException("edit " + word + " not searchable after 30 s");
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
        return System.nanoTime() - scheduled;
    }

    private boolean found(boolean graduate, String word) {
        EntityManager em = emf.createEntityManager();
        try {
            var session = Search.session(em);
            long hits = graduate
                    ? session.search(GraduateProfile.class).where(f -> f.match().field("headline").matching(word)).fetchTotalHitCount()
                    : session.search(Listing.class).where(f -> f.match().field("title").matching(word)).fetchTotalHitCount();
            return hits > 0;
        } finally {
            em.close();
        }
    }

    private List<UUID> ids(String jpql, int max) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery(jpql, UUID.class).setMaxResults(max).getResultList();
        } finally {
            em.close();
        }
    }
}
