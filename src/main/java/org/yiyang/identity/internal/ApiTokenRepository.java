package org.yiyang.identity.internal;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface ApiTokenRepository extends CrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);
}
