package org.yiyang.care.internal.device;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({MqttSettings.class, DeviceSettings.class})
class DeviceConfiguration {

    /** The platform's subscription: to the external broker when configured, else to the embedded one. */
    @Bean
    DeviceSubscriber deviceSubscriber(MqttSettings settings, EmbeddedBroker broker, PlatformAccount account,
                                      DeviceTopics topics, DeviceIngestion ingestion, DeviceMetrics metrics) {
        return new DeviceSubscriber(() -> settings.external() ? settings.url() : broker.url(), account.clientId(),
                account, topics.allUp(), settings.workers(), ingestion, metrics);
    }
}
