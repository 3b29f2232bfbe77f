package org.yiyang.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.AccountSummary;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

@Tag(name = "Accounts", description = "Accounts within the caller's division (admin and regulator tokens)")
@RestController
@PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
class AccountApiController {

    private final AccountAdministration administration;
    private final CurrentViewer currentViewer;
    private final DivisionDirectory divisions;

    AccountApiController(AccountAdministration administration, CurrentViewer currentViewer, DivisionDirectory divisions) {
        this.administration = administration;
        this.currentViewer = currentViewer;
        this.divisions = divisions;
    }

    @Operation(summary = "Accounts in the caller's division or a division below it; 403 for a division outside it")
    @GetMapping("/api/v1/accounts")
    List<AccountSummary> accounts(@RequestParam(required = false) String division,
                                  @RequestParam(defaultValue = "") String q,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        Viewer viewer = currentViewer.require();
        DivisionScope scope = viewer.scope();
        if (division != null) {
            var requested = divisions.require(division).divisionCode();
            viewer.requireWithin(requested);
            scope = DivisionScope.of(requested);
        }
        return administration.list(scope, q, Math.max(0, page), Math.min(Math.max(1, size), 200));
    }
}
