package org.yiyang.elder.internal;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a standard definition file and accepts it only when it is valid. */
final class StandardDefinitionReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StandardDefinitionReader() {
    }

    /**
     * @param source names the definition in messages, e.g. the file
     * @throws InvalidStandardDefinition naming {@code source} and every problem found
     */
    static AssessmentStandard read(String source, byte[] json) {
        AssessmentStandard standard;
        try {
            standard = JSON.readValue(json, AssessmentStandard.class);
        } catch (JacksonException e) {
            throw InvalidStandardDefinition.unreadable(source, e);
        }
        List<String> problems = StandardDefinitionValidator.problemsOf(standard);
        if (!problems.isEmpty()) {
            throw InvalidStandardDefinition.invalid(source, problems);
        }
        return standard;
    }
}
