package dev.sinmun.tags;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchRealRegistryTest {
    static java.util.List<LabelledCase> cases() {
        String dir = System.getProperty("cases.dir");
        if (dir == null) return LabelledCase.all();
        try (var s = java.nio.file.Files.list(Path.of(dir))) {
            return s.sorted().map(LabelledCase::read).toList();
        } catch (java.io.IOException e) { throw new RuntimeException(e); }
    }

    @Test
    void print() {
        Registry r = Registry.load(Path.of(System.getProperty("registry.dir", "/work/wt-registry/content/registry")));
        System.out.println("loaded people=" + r.people().size() + " topics=" + r.topics().size());
        Tagger t = new Tagger(r);
        for (LabelledCase c : cases()) {
            System.out.println("== " + c.name() + "\n" + LabelledCase.render(t.tag(c.article())));
        }
    }
}
