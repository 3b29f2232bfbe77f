package org.yiyang.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration.NewAccount;

/** The new-account form. The username is the sign-in name: lowercase letters, digits, dot, dash, underscore. */
record AccountForm(
        @NotBlank(message = "{identity.form.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{identity.account.usernameFormat}") String username,
        @NotBlank(message = "{identity.form.required}") @Size(max = 100, message = "{identity.form.tooLong}") String displayName,
        @NotNull(message = "{identity.form.required}") Role role,
        @NotBlank(message = "{identity.form.required}") String divisionCode,
        @NotBlank(message = "{identity.form.required}") String password) {

    static AccountForm empty(String divisionCode) {
        return new AccountForm("", "", null, divisionCode, "");
    }

    NewAccount toRequest() {
        return new NewAccount(username, displayName, role, divisionCode, password);
    }
}
