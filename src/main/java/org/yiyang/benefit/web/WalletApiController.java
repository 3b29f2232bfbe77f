package org.yiyang.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.WalletView;
import org.yiyang.benefit.Wallets;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Benefit wallets", description = "An elder's allowance, subsidy, voucher and points balances and wallet entries")
@RestController
@PreAuthorize("hasAnyRole('ELDER','FAMILY')")
class WalletApiController {

    static final String NOT_FOUND = "wallet.error.walletNotFound";

    private final Wallets wallets;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    WalletApiController(Wallets wallets, CurrentViewer currentViewer, MessageSource messages) {
        this.wallets = wallets;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @Operation(summary = "The elder's wallet: balance per purse (ALLOWANCE, SUBSIDY, VOUCHER in fen; POINTS in points), "
            + "per programme, one page of entries newest first (size at most 100) and enrolments. For the elder's own "
            + "account or a family account with a confirmed link; anyone else gets 404")
    @GetMapping("/api/v1/benefit/elders/{id}/wallet")
    WalletView wallet(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        return wallets.wallet(currentViewer.require(), id, page, size);
    }

    /** Not found and not allowed read the same, so that elder ids reveal nothing. */
    @ExceptionHandler(BenefitProblem.class)
    ProblemDetail problem(BenefitProblem problem) {
        if (!problem.isNotFound()) {
            return BenefitProblems.detail(problem, messages);
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(NOT_FOUND, null, NOT_FOUND, LocaleContextHolder.getLocale()));
        detail.setProperty("code", NOT_FOUND);
        return detail;
    }
}
