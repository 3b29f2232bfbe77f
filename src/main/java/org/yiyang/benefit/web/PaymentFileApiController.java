package org.yiyang.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PaymentFilePage;
import org.yiyang.benefit.PaymentFileQuery;
import org.yiyang.benefit.PaymentFileStatus;
import org.yiyang.benefit.PaymentFiles;
import org.yiyang.identity.CurrentViewer;

@Tag(name = "Benefit payment files", description = "Bank payment files of cash allowances (电子津贴代发) and their settlement")
@RestController
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class PaymentFileApiController {

    private final PaymentFiles files;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    PaymentFileApiController(PaymentFiles files, CurrentViewer currentViewer, MessageSource messages) {
        this.files = files;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @Operation(summary = "Payment files of the caller's division, newest first, with what each holds and, once "
            + "settled, what the bank paid and refused; size at most 100")
    @GetMapping("/api/v1/benefit/payment-files")
    PaymentFilePage list(@RequestParam(required = false) Long programme,
                         @RequestParam(required = false) PaymentFileStatus status,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return files.list(currentViewer.require(), new PaymentFileQuery(programme, status), page, size);
    }

    @ExceptionHandler(BenefitProblem.class)
    ProblemDetail problem(BenefitProblem problem) {
        return BenefitProblems.detail(problem, messages);
    }
}
