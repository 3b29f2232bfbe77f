package org.yiyang;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1 (served at /v3/api-docs, browsable at /swagger-ui.html). */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI yiyangOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Yiyang 颐养 API").version("v1")
                        .description("Smart elderly-care service platform of Inner Mongolia. Errors are RFC 9457 "
                                + "problem details in the language of Accept-Language (zh-CN default, mn-Mong, en). "
                                + "Endpoints other than public reference data need an API token issued by an "
                                + "administrator: Authorization: Bearer yy_…"))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("yy_…")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
