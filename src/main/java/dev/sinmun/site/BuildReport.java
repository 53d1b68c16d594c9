package dev.sinmun.site;

import dev.sinmun.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a render wrote: HTML pages, all files (pages, feeds, static copies), the problems met
 * (each input skipped, never silently) and the time of each stage, in order.
 */
public record BuildReport(int pages, int files, List<Problem> problems, List<StageTime> stages) {

    public BuildReport {
        problems = List.copyOf(problems);
        stages = List.copyOf(stages);
    }

    /** The same report with the stages of the build around the render: {@code before} it, then {@code after}. */
    public BuildReport around(List<StageTime> before, List<StageTime> after) {
        List<StageTime> all = new ArrayList<>(before);
        all.addAll(stages);
        all.addAll(after);
        return new BuildReport(pages, files, problems, all);
    }
}
