package org.yiyang.provider.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yiyang.identity.PublicPaths;

/** The directory and providers' public profiles are readable without signing in, as page and as API. */
@Component
class ProviderPublicPaths implements PublicPaths {

    @Override
    public List<String> patterns() {
        return List.of("/providers", "/providers/*", "/api/v1/providers", "/api/v1/providers/*");
    }
}
