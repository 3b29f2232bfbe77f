package org.yiyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text exists in Chinese, traditional Mongolian and English, and every key a template names exists. */
class MessageBundlesTests {

    static final String[] BUNDLES = {"shell", "identity", "region", "shared", "elder", "family", "assessment", "elderimport", "provider", "service", "notify", "visit", "review", "benefit", "eligibility", "ledger", "wallet", "carebed", "device", "alarm", "hotline"};
    private static final Pattern MONGOLIAN = Pattern.compile("[\\x{1800}-\\x{18AF}]");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"shell", "identity", "region", "shared", "elder", "family", "assessment", "elderimport", "provider", "service", "notify", "visit", "review", "benefit", "eligibility", "ledger", "wallet", "carebed", "device", "alarm", "hotline"})
    void theThreeLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> zh = load(bundle, "").stringPropertyNames();
        assertThat(load(bundle, "_en").stringPropertyNames()).isEqualTo(zh);
        assertThat(load(bundle, "_mn").stringPropertyNames()).isEqualTo(zh);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shell", "identity", "region", "shared", "elder", "family", "assessment", "elderimport", "provider", "service", "notify", "visit", "review", "benefit", "eligibility", "ledger", "wallet", "carebed", "device", "alarm", "hotline"})
    void theMongolianTextsAreInTraditionalScript(String bundle) throws IOException {
        Properties mn = load(bundle, "_mn");
        long written = mn.stringPropertyNames().stream()
                .filter(k -> MONGOLIAN.matcher(mn.getProperty(k)).find()).count();
        assertThat(written).isGreaterThanOrEqualTo(mn.size() * 9L / 10);
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : BUNDLES) {
            known.addAll(load(bundle, "").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("messages/" + bundle + suffix + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
