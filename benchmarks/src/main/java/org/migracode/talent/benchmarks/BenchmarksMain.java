package org.migracode.talent.benchmarks;

import java.util.Arrays;
import org.migracode.talent.benchmarks.bench.BenchCommand;
import org.migracode.talent.benchmarks.eval.EvaluateCommand;
import org.migracode.talent.benchmarks.load.LoadCommand;

/** Entry point of {@code benchmarks.jar}: {@code bench …} or {@code evaluate …}; exits with the command's status. */
public final class BenchmarksMain {

    static final String USAGE = """
            Usage: java -jar benchmarks.jar <command> [options]
              bench     latency of the matcher against a PostgreSQL full-text baseline (bench --help)
              evaluate  ranking quality on a data set (evaluate --help)
              load      HTTP load on a running portal on loopback: search and matches (load --help)
            """;

    private BenchmarksMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "bench" -> BenchCommand.run(rest);
            case "evaluate" -> EvaluateCommand.run(rest);
            case "load" -> LoadCommand.run(rest);
            default -> {
                System.err.println("unknown command '" + args[0] + "'");
                System.err.print(USAGE);
                yield 2;
            }
        };
    }
}
