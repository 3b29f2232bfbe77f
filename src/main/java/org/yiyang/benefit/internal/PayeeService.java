package org.yiyang.benefit.internal;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PayeeDraft;
import org.yiyang.benefit.PayeeView;
import org.yiyang.benefit.Payees;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;

/** Elders' bank accounts: validated, SM4-encrypted with a blind index and a masked form; changes and reveals audited. */
@Service
class PayeeService implements Payees {

    /** A name a spreadsheet would run as a formula, or control characters, never reaches the bank file. */
    private static final Pattern UNSAFE = Pattern.compile("[=+\\-@].*|.*\\p{Cntrl}.*", Pattern.DOTALL);

    private final PayeeStore store;
    private final PersonalDataProtection protection;
    private final AuditTrail audit;
    private final Clock clock;

    PayeeService(PayeeStore store, PersonalDataProtection protection, AuditTrail audit, Clock clock) {
        this.store = store;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PayeeView view(Viewer viewer, long elderId) {
        PaymentRoles.require(viewer, PaymentRoles.PAYEE_KEEPERS);
        return store.find(viewer.scope(), elderId).orElseThrow(BenefitProblem::notFound);
    }

    @Override
    @Transactional
    public void save(Viewer viewer, long elderId, PayeeDraft draft) {
        PaymentRoles.require(viewer, PaymentRoles.PAYEE_KEEPERS);
        PayeeView elder = store.find(viewer.scope(), elderId).orElseThrow(BenefitProblem::notFound);
        String holder = text(draft.holderName(), 50, "holderName", "ledger.error.payeeHolder");
        String bank = text(draft.bankName(), 100, "bankName", "ledger.error.payeeBank");
        BankAccountNumber number = BankAccountNumber.parse(draft.accountNumber(), "accountNumber");
        store.save(new PayeeStore.SealedPayee(elderId, elder.division().value(), holder, bank,
                protection.encrypt(number.digits()), index(number), number.masked()), viewer.username(), clock.instant());
        audit.record(AuditEntry.success(viewer.username(), "PAYEE_CHANGED", "elder:" + elderId)
                .inDivision(elder.division().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public String revealAccount(Viewer viewer, long elderId) {
        PaymentRoles.require(viewer, PaymentRoles.OFFICIALS);
        PayeeView elder = store.find(viewer.scope(), elderId).orElseThrow(BenefitProblem::notFound);
        String sealed = store.sealedAccount(elderId).orElseThrow(BenefitProblem::notFound);
        audit.record(AuditEntry.success(viewer.username(), "BANK_ACCOUNT_VIEWED", "elder:" + elderId)
                .inDivision(elder.division().value()));
        return protection.decrypt(sealed);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PayeeView> byAccount(Viewer viewer, String accountNumber) {
        PaymentRoles.require(viewer, PaymentRoles.PAYEE_KEEPERS);
        return store.byIndex(viewer.scope(), index(BankAccountNumber.parse(accountNumber, "accountNumber")));
    }

    private String index(BankAccountNumber number) {
        return protection.blindIndex(BankAccountNumber.INDEX_KIND, number.digits());
    }

    private static String text(String typed, int max, String field, String messageKey) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty() || value.length() > max || UNSAFE.matcher(value).matches()) {
            throw BenefitProblem.of(field, messageKey, max);
        }
        return value;
    }
}
