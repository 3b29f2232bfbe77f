package org.yiyang.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiyang.identity.PersonalDataProtection;

@Configuration
@EnableConfigurationProperties(CryptoKeys.class)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    PersonalDataProtection personalDataProtection(CryptoKeys keys, @Value("${yiyang.demo.enabled:false}") boolean demo) {
        CryptoKeys resolved = keys.resolve(demo);
        if ("demo".equals(resolved.keyVersion())) {
            log.warn("DEMO MODE: personal data is encrypted with the published demo keys; never use them for real data");
        }
        return new Sm4PersonalDataProtection(resolved);
    }
}
