package org.yiyang.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a bearer API token. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;
    private final long tokenId;

    ApiTokenAuthentication(AccountPrincipal principal, long tokenId) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    long tokenId() {
        return tokenId;
    }
}
