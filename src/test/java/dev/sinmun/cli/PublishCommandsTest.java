package dev.sinmun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sinmun serve} and {@code sinmun check} from the command line, and themes as a user meets them. */
class PublishCommandsTest {

    static final String SEED = "content/articles/2020/09/"
            + "alliance-talks-between-us-and-s-korea-stumble-even-before-they-begin.md";

    @TempDir
    Path dir;

    private TestProject project() throws IOException {
        TestProject project = TestProject.in(dir);
        project.write(SEED, Files.readAllBytes(Path.of(SEED)));
        project.write("site/static/css/sinmun.css", Files.readAllBytes(Path.of("site/static/css/sinmun.css")));
        return project;
    }

    @Test
    void aProjectWithoutDocumentationBuildsASiteThatPassesTheCheck() throws IOException {
        TestProject project = project();
        assertThat(project.sinmun("build").exit()).isZero();
        assertThat(dir.resolve("target/site/index.html")).content().doesNotContain("about/sinmun/");
        Cli cli = project.sinmun("check");
        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("no problems");
    }

    @Test
    void serveAndCheckHaveHelp() {
        assertThat(Cli.run("serve", "--help").out()).contains("--port=N").contains("Ctrl-C");
        assertThat(Cli.run("check", "--help").out()).contains("--page-budget=KB").contains("Nu HTML Checker");
        assertThat(Cli.run("--help").out()).contains("serve").contains("check");
    }

    @Test
    void aBadPortIsAUsageError() {
        Cli cli = Cli.run("serve", "--port", "70000");
        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.err()).contains("--port 70000: not a port");
    }

    @Test
    void checkWithoutABuiltSiteSaysWhatToDo() throws IOException {
        Cli cli = project().sinmun("check");
        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.ERROR.code());
        assertThat(cli.err()).isEqualTo("target/site: no built site here (no index.html) — build it first: "
                + "java -jar target/sinmun.jar build, or mvn site\n");
    }

    @Test
    void checkAfterBuildReportsTheMissingDocumentationOnceAndExitsWithAnError() throws IOException {
        TestProject project = project();
        project.write("site/sinmun.yml", "docs: true\n".getBytes(StandardCharsets.UTF_8));
        assertThat(project.sinmun("build").exit()).isZero();
        Cli cli = project.sinmun("check");
        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.ERROR.code());
        assertThat(cli.err().lines()).containsExactly("target/site/about/sinmun: the documentation is missing, and "
                + "every page's footer links to it — build the whole site with mvn site (it renders site/markdown/ there)");
        assertThat(cli.out()).contains("Checked ").contains("1 problem");

        project.write("target/site/about/sinmun/index.html", "<!DOCTYPE html><title>Docs</title>"
                .getBytes(StandardCharsets.UTF_8));
        Cli ok = project.sinmun("check");
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("no problems").contains("of GitHub Pages' 1 GB");
    }

    @Test
    void aProjectTemplateOverridesTheBuiltInOneOfTheSameName() throws IOException {
        TestProject project = project();
        project.write("templates/pages/404.peb", ("{% extends \"layout/base\" %}\n"
                + "{% block content %}<p>Our own lost page</p>{% endblock %}\n").getBytes(StandardCharsets.UTF_8));
        Cli cli = project.sinmun("build");
        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(project.read("target/site/404.html")).contains("Our own lost page").contains("Skip to content");
        assertThat(project.read("target/site/index.html")).doesNotContain("Our own lost page");
    }

    @Test
    void aTemplateErrorNamesTheFileTheLineAndTheVariableAndKeepsThePreviousSite() throws IOException {
        TestProject project = project();
        assertThat(project.sinmun("build").exit()).isZero();
        String before = project.read("target/site/404.html");
        project.write("templates/pages/404.peb", ("{% extends \"layout/base\" %}\n{% block content %}\n"
                + "<p>{{ article.titel }}</p>{% endblock %}\n").getBytes(StandardCharsets.UTF_8));
        Cli cli = project.sinmun("build");
        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.ERROR.code());
        assertThat(cli.err()).startsWith("templates/pages/404.peb:3: template failed while rendering 404.html: ")
                .contains("Root attribute [article] does not exist");
        assertThat(project.read("target/site/404.html")).isEqualTo(before);
    }

    @Test
    void anErrorInABuiltInTemplateNamesItsPlaceInTheJar() throws IOException {
        TestProject project = project();
        project.write("templates/pages/404.peb", ("{% extends \"layout/base\" %}\n{% block content %}"
                + "{% include \"partials/dates\" %}{% endblock %}\n").getBytes(StandardCharsets.UTF_8));
        Cli cli = project.sinmun("build");
        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.ERROR.code());
        assertThat(cli.err()).startsWith("sinmun.jar!/sinmun/templates/partials/dates.peb:");
    }
}
