package org.yiyang.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/** The signed-in account as Spring Security sees it. The password hash is erased after sign-in. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentViewer.ViewerHolder {

    private final Viewer viewer;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    AccountPrincipal(Viewer viewer, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword) {
        this.viewer = viewer;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    static AccountPrincipal of(Account account, boolean locked) {
        return new AccountPrincipal(account.toViewer(), account.passwordHash(), account.enabled(), locked,
                account.mustChangePassword());
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(viewer.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return viewer.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + viewer.username() + "]";
    }
}
