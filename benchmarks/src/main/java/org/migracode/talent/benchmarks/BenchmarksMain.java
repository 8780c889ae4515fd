package org.migracode.talent.benchmarks;

import java.util.Arrays;
import org.migracode.talent.benchmarks.eval.EvaluateCommand;

/** {@code java -jar benchmarks.jar evaluate|bench …}: dispatches to the command and exits with its status. */
public final class BenchmarksMain {

    private BenchmarksMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: java -jar benchmarks.jar evaluate --data DIR | bench --profiles N --queries Q --seed S");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status = switch (args[0]) {
            case "evaluate" -> EvaluateCommand.run(rest);
            default -> {
                System.err.println("unknown command '" + args[0] + "': use evaluate or bench");
                yield 2;
            }
        };
        System.exit(status);
    }
}
