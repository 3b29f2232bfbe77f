package org.yiyang.elder.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Every assessment standard the platform knows, read at start-up from the definition files at
 * {@value #LOCATION}. A file that is unreadable or invalid stops the start-up with a message naming it.
 */
@Component
class AssessmentStandards {

    static final String LOCATION = "classpath*:elder/standards/*.json";

    private final Map<Key, AssessmentStandard> standards = new HashMap<>();

    @Autowired
    AssessmentStandards(ResourceLoader resourceLoader) {
        this(resourceLoader, LOCATION);
    }

    AssessmentStandards(ResourceLoader resourceLoader, String location) {
        Map<Key, String> sources = new HashMap<>();
        for (Resource resource : definitions(resourceLoader, location)) {
            String source = resource.getDescription();
            AssessmentStandard standard = StandardDefinitionReader.read(source, bytesOf(resource));
            Key key = new Key(standard.code(), standard.version());
            if (sources.containsKey(key)) {
                throw InvalidStandardDefinition.duplicate(source, standard, sources.get(key));
            }
            sources.put(key, source);
            standards.put(key, standard);
        }
    }

    Optional<AssessmentStandard> find(String code, String version) {
        return Optional.ofNullable(standards.get(new Key(code, version)));
    }

    /** @throws IllegalArgumentException if no definition has this code and version */
    AssessmentStandard require(String code, String version) {
        return find(code, version).orElseThrow(() -> new IllegalArgumentException(
                "Unknown assessment standard " + code + " (" + version + ")"));
    }

    /** All standards, ordered by code and version. */
    List<AssessmentStandard> all() {
        return standards.values().stream()
                .sorted(Comparator.comparing(AssessmentStandard::code).thenComparing(AssessmentStandard::version))
                .toList();
    }

    private static Resource[] definitions(ResourceLoader resourceLoader, String location) {
        try {
            Resource[] found = ResourcePatternUtils.getResourcePatternResolver(resourceLoader).getResources(location);
            if (found.length == 0) {
                throw InvalidStandardDefinition.noneFound(location);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list assessment standard definitions at " + location, e);
        }
    }

    private static byte[] bytesOf(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    private record Key(String code, String version) {
    }
}
