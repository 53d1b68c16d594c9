package dev.sinmun.cli;

import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.markdown.ArticleImporter;
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
                "Without FILES, imports every file in content/inbox/ not imported yet. Re-importing unchanged input "
                        + "rewrites nothing; a Markdown file edited by hand is never overwritten without --force."})
final class ImportCommand extends StageCommand {

    @Parameters(paramLabel = "FILES", arity = "0..*",
            description = "Raw files to import (re-import). Default: the new files in content/inbox/.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite Markdown files even if they were edited by hand since import.")
    boolean force;

    @Override
    protected void validate() {
        super.validate();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), file + ": no such file — name raw files to import, "
                        + "or give none to import the new files in content/inbox/");
            }
        }
    }

    @Override
    protected ExitCode execute() {
        ProjectLayout layout = options.layout();
        ArticleImporter importer = new ArticleImporter(layout, DumpParsers.standard(),
                new Tagger(Registry.load(layout.registry())));
        List<Path> todo = files.isEmpty() ? importer.pendingInboxFiles() : files;
        if (todo.isEmpty()) {
            out().println("Nothing new to import in " + layout.relative(layout.inbox()) + "/.");
            return ExitCode.OK;
        }
        ImportProgress progress = new ImportProgress(out(), err(), interactive(), todo.size());
        importer.importFiles(todo, force, progress);
        progress.finish();
        out().println(progress.summary());
        return progress.failed() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
