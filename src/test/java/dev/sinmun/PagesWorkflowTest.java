package dev.sinmun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Pages workflow, checked as far as can be done without GitHub: it parses, uses Pages' actions, builds
 * with the Maven command {@code .ci/run} runs (so CI proves that command passes), and uploads what that builds.
 */
class PagesWorkflowTest {

    static JsonNode workflow;
    static List<JsonNode> buildSteps = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        workflow = new YAMLMapper().readTree(Files.readString(Path.of(".github/workflows/pages.yml")));
        workflow.at("/jobs/build/steps").forEach(buildSteps::add);
    }

    private static JsonNode step(String uses) {
        return buildSteps.stream().filter(s -> s.path("uses").asText().startsWith(uses + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    private static String mavenCommand() {
        return buildSteps.stream().map(s -> s.path("run").asText()).filter(r -> r.startsWith("mvn ")).findFirst()
                .orElseThrow(() -> new AssertionError("no step runs mvn")).strip();
    }

    @Test
    void runsOnPushToMainWithThePermissionsPagesNeeds() {
        // YAML 1.1 reads the key `on` as true.
        JsonNode on = workflow.has("on") ? workflow.get("on") : workflow.get("true");
        assertThat(on.at("/push/branches").toString()).isEqualTo("[\"main\"]");
        assertThat(workflow.at("/permissions/pages").asText()).isEqualTo("write");
        assertThat(workflow.at("/permissions/id-token").asText()).isEqualTo("write");
        assertThat(workflow.at("/jobs/deploy/needs").asText()).isEqualTo("build");
        assertThat(workflow.at("/jobs/deploy/environment/name").asText()).isEqualTo("github-pages");
        assertThat(workflow.at("/jobs/deploy/steps/0/uses").asText()).startsWith("actions/deploy-pages@");
    }

    @Test
    void buildsWithTheBaseUrlThatConfigurePagesGives() {
        String id = step("actions/configure-pages").path("id").asText();
        assertThat(id).isNotEmpty();
        assertThat(mavenCommand()).isEqualTo("mvn -B site -Dsinmun.baseUrl=\"${{ steps." + id
                + ".outputs.base_url }}/\"");
        assertThat(buildSteps.indexOf(step("actions/configure-pages")))
                .isLessThan(buildSteps.indexOf(step("actions/upload-pages-artifact")));
        assertThat(step("actions/setup-java").at("/with/java-version").asText()).isEqualTo("17");
    }

    @Test
    void ciRunsTheSameMavenCommandSoItIsKnownToPass() throws IOException {
        String command = mavenCommand().replaceAll("\\$\\{\\{ steps\\.\\w+\\.outputs\\.base_url }}/",
                "https://example.github.io/sinmun/");
        assertThat(Files.readAllLines(Path.of(".ci/run"))).contains(command);
    }

    @Test
    void uploadsTheFolderThatMavenSiteWrites() throws IOException {
        String path = step("actions/upload-pages-artifact").at("/with/path").asText();
        assertThat(path).isEqualTo("target/site");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<sinmun.docsDirectory>${project.build.directory}/site/about/sinmun"
                + "</sinmun.docsDirectory>");
        assertThat(pom).contains("<argument>--base-url=${sinmun.baseUrl}</argument>");
        assertThat(Path.of("site/site.xml")).isRegularFile();
        assertThat(Path.of("site/markdown/index.md")).isRegularFile();
        assertThat("about/sinmun/").isEqualTo(dev.sinmun.site.SiteBuild.DOCS_PATH);
    }
}
