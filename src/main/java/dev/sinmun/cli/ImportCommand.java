package dev.sinmun.cli;

import dev.sinmun.ProjectLock;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.markdown.ArticleImporter;
import dev.sinmun.markdown.ImportOptions;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.Tagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code sinmun import}: raw files → {@code content/articles/YYYY/MM/<slug>.md}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports raw article files into content/articles/YYYY/MM/<slug>.md (front matter + Markdown).",
                "Without FILES, imports every file in content/inbox/ not imported yet: saved HTML pages and text dumps, "
                        + "in UTF-8, UTF-16 or EUC-KR. Duplicates and earlier wire editions are merged; English and "
                        + "Korean versions are linked. Re-importing unchanged input rewrites nothing; a Markdown file "
                        + "edited by hand is never overwritten without --force."})
final class ImportCommand extends StageCommand {

    @Parameters(paramLabel = "FILES", arity = "0..*",
            description = "Raw files to import (re-import). Default: the new files in content/inbox/.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite Markdown files even if they were edited by hand since import.")
    boolean force;

    @Option(names = "--report", description = "Print a table of what was found in each file (outlet, title, posted, "
            + "updated, byline, lang, paragraphs, people, warnings).")
    boolean report;

    @Option(names = "--dry-run", description = "Read, tag and match every file and say what would be done; write nothing.")
    boolean dryRun;

    @Override
    protected void validate() {
        super.validate();
        if (files.isEmpty()) {
            requireProject("import");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), file + ": no such file — name raw files to import, "
                        + "or give none to import the new files in content/inbox/");
            }
        }
    }

    @Override
    protected ExitCode execute() {
        try (ProjectLock lock = ProjectLock.acquire(options.layout().projectLock(),
                holder -> err().println(waitingFor(holder)))) {
            return importFiles(options.layout());
        }
    }

    private ExitCode importFiles(ProjectLayout layout) {
        ArticleImporter importer = new ArticleImporter(layout, DumpParsers.standard(),
                new Tagger(Registry.load(layout.registry())));
        List<Path> todo = files.isEmpty() ? importer.pendingInboxFiles() : files;
        if (todo.isEmpty()) {
            out().println("Nothing new to import in " + layout.relative(layout.inbox()) + "/.");
            return ExitCode.OK;
        }
        ImportProgress progress = new ImportProgress(out(), err(), interactive(), todo.size(), dryRun);
        ImportReport table = new ImportReport();
        importer.importFiles(todo, new ImportOptions(force, dryRun), outcome -> {
            progress.accept(outcome);
            table.add(outcome);
        });
        progress.finish();
        if (report) {
            table.print(out());
        }
        out().println(progress.summary());
        return progress.failed() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
