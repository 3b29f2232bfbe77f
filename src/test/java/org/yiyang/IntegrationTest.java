package org.yiyang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.yiyang.benefit.internal.BenefitFixtures;
import org.yiyang.service.ServiceFixtures;

/**
 * The whole application with its real security filter chains and database (in-memory H2, or PostgreSQL
 * when the postgres profile is active), driven through MockMvc, on a {@link TestClock}. All such tests share one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestClock.Config.class, ServiceFixtures.class, BenefitFixtures.class})
public @interface IntegrationTest {
}
