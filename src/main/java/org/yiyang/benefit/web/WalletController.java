package org.yiyang.benefit.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Wallets;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LinkedElder;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * The elder's own allowances, subsidies, vouchers and points (我的补贴): for the elder, or for a family member on
 * behalf of a linked elder ({@code ?elder=}); a family member with several linked elders chooses one first.
 */
@Controller
@PreAuthorize("hasAnyRole('ELDER','FAMILY')")
class WalletController {

    static final String WALLET = "benefit/wallet";
    static final String ENTRIES = "benefit/wallet :: entries";
    static final String CHOOSE = "shell/choose-elder";
    static final String MISSING = "benefit/wallet-missing";
    static final int PAGE_SIZE = 20;

    private final Wallets wallets;
    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final CurrentViewer currentViewer;

    WalletController(Wallets wallets, ServiceRecipients recipients, FamilyLinks familyLinks, CurrentViewer currentViewer) {
        this.wallets = wallets;
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/benefit/my")
    String wallet(@RequestParam(required = false) Long elder, @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        Optional<Long> elderId;
        if (viewer.is(Role.ELDER)) {
            elderId = recipients.ownElderId(viewer);
            if (elderId.isEmpty() || (elder != null && !elder.equals(elderId.get()))) {
                throw BenefitProblem.notFound();
            }
        } else if (elder != null) {
            elderId = Optional.of(elder);
        } else {
            List<LinkedElder> linked = familyLinks.linkedElders(viewer);
            if (linked.size() != 1) {
                model.addAttribute("linked", linked);
                model.addAttribute("chooseTitle", "wallet.choose.title");
                model.addAttribute("chooseFor", "/benefit/my");
                return CHOOSE;
            }
            elderId = Optional.of(linked.get(0).elder().id());
        }
        model.addAttribute("wallet", wallets.wallet(viewer, elderId.get(), page, PAGE_SIZE));
        model.addAttribute("family", viewer.is(Role.FAMILY));
        return htmx == null ? WALLET : ENTRIES;
    }

    /** An elder the viewer may not see is "not found", exactly like one that does not exist. */
    @ExceptionHandler(BenefitProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing(BenefitProblem problem, Model model) {
        model.addAttribute("messageKey", "wallet.error.walletNotFound");
        return MISSING;
    }
}
