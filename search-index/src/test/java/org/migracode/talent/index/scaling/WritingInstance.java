package org.migracode.talent.index.scaling;

import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.migracode.talent.index.SearchIndexTestApplication;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.testing.ConnectionInfo;
import org.migracode.talent.index.testing.OpenSearchTestContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A portal instance in its own JVM that saves graduates from four threads, each in its own
 * transaction, until it is killed; {@link MultiInstanceIndexingIT} kills it with SIGKILL in
 * the middle of its writes. Prints {@code STARTED}, then {@code WROTE n} every 25 commits.
 *
 * <p>Arguments: JDBC URL, user, password, OpenSearch URIs (comma-separated), index prefix.
 */
public final class WritingInstance {

    private WritingInstance() {
    }

    public static void main(String[] args) {
        ConnectionInfo db = new ConnectionInfo(args[0], args[1], args.length > 2 ? args[2] : "");
        ConfigurableApplicationContext context = OpenSearchTestContexts.start(SearchIndexTestApplication.class,
                OpenSearchTestContexts.properties(db, List.of(args[3].split(",")), args[4], Map.of()));
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        GraduateRepository graduates = context.getBean(GraduateRepository.class);
        AtomicInteger written = new AtomicInteger();
        System.out.println("STARTED");
        for (int t = 0; t < 4; t++) {
            int thread = t;
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    String name = "Killed writer " + thread + "-" + i;
                    tx.executeWithoutResult(s -> graduates.save(graduate(name).withSkill("javascript", 3).build()));
                    int n = written.incrementAndGet();
                    if (n % 25 == 0) {
                        System.out.println("WROTE " + n);
                    }
                }
            }, "writer-" + t).start();
        }
    }
}
