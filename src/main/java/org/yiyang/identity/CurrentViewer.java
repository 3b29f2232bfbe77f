package org.yiyang.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in person or the API token's account. */
@Component
public class CurrentViewer {

    public Optional<Viewer> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ViewerHolder holder) {
            return Optional.of(holder.viewer());
        }
        return Optional.empty();
    }

    public Viewer require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** Implemented by the principals identity puts into the security context. */
    public interface ViewerHolder {
        Viewer viewer();
    }
}
