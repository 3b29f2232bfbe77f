package org.yiyang.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * Preparation for the API benchmarks ({@code bench/orders.sh}), on only with {@code yiyang.bench.token-file}:
 * issues an API token for the account {@code yiyang.bench.token-account} (default the demo {@code operator})
 * through the real {@link ApiTokens} — audited, stored only as its hash, valid one day — and writes the secret to
 * that file (owner-only), where the benchmark's load generator reads it. Runs after the demo accounts.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "yiyang.bench.token-file")
class BenchmarkToken implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkToken.class);

    private final ApiTokens tokens;
    private final AccountRepository accounts;
    private final Path file;
    private final String username;

    BenchmarkToken(ApiTokens tokens, AccountRepository accounts, @Value("${yiyang.bench.token-file}") String file,
                   @Value("${yiyang.bench.token-account:operator}") String username) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.file = Path.of(file);
        this.username = username;
    }

    @Override
    public void run(ApplicationArguments args) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("No account " + username + " to issue the benchmark token for"));
        Viewer issuer = new Viewer(0, "benchmark", "benchmark", Role.ADMIN, account.division());
        var issued = tokens.issue(issuer, username, "benchmark", 1);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, issued.secret(), StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.warn("BENCHMARK: API token {} for {} written to {}", issued.id(), username, file);
    }
}
