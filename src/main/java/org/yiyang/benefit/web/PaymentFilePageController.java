package org.yiyang.benefit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BankFile;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.FileGeneration;
import org.yiyang.benefit.PaymentFileQuery;
import org.yiyang.benefit.PaymentFileStatus;
import org.yiyang.benefit.PaymentFiles;
import org.yiyang.benefit.Settlement;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;

/**
 * Bank payment files (电子津贴代发): the list with the form that generates one, a file with its download and the
 * two ways to settle it (the bank's return file, or "all paid"), and the allowances that wait for a bank account.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class PaymentFilePageController {

    static final String LIST = "benefit/payment-files";
    static final String DETAIL = "benefit/payment-file";
    static final String UNFILED = "benefit/payment-unfiled";
    static final int PAGE_SIZE = 20;

    private final PaymentFiles files;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    PaymentFilePageController(PaymentFiles files, CurrentViewer currentViewer, Clock clock) {
        this.files = files;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/benefit/payment-files")
    String list(@RequestParam(required = false) Long programme, @RequestParam(required = false) PaymentFileStatus status,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        listModel(viewer, programme, status, page, model);
        model.addAttribute("form", new PaymentFileForm(programme == null ? "" : programme.toString(),
                YearMonth.from(ChinaTime.today(clock)).toString(), viewer.division().level() >= 3 ? viewer.division().value() : ""));
        return htmx == null ? LIST : LIST + " :: rows";
    }

    @PostMapping("/benefit/payment-files")
    String generate(@ModelAttribute("form") PaymentFileForm form, Model model, RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            FileGeneration generated = files.generate(viewer, form.request());
            if (generated.file() == null) {
                model.addAttribute("nothingFiled", generated);
                listModel(viewer, null, null, 0, model);
                return LIST;
            }
            redirect.addFlashAttribute("notice", generated.created() ? "ledger.file.created" : "ledger.file.existing");
            return "redirect:/benefit/payment-files/" + generated.file().id();
        } catch (BenefitProblem problem) {
            PayeePageController.rethrowNotFound(problem);
            model.addAttribute("refusal", problem);
            listModel(viewer, null, null, 0, model);
            return LIST;
        }
    }

    @GetMapping("/benefit/payment-files/{id}")
    String file(@PathVariable long id, Model model) {
        return detail(currentViewer.require(), id, model);
    }

    @GetMapping("/benefit/payment-files/{id}/csv")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        BankFile csv = files.download(currentViewer.require(), id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(csv.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.content());
    }

    @PostMapping("/benefit/payment-files/{id}/return")
    String settleWithReturn(@PathVariable long id, @RequestParam(value = "returnFile", required = false) MultipartFile upload,
                            Model model, RedirectAttributes redirect) throws IOException {
        Viewer viewer = currentViewer.require();
        try {
            byte[] content = upload == null ? new byte[0] : upload.getBytes();
            return settled(files.settleWithReturn(viewer, id, content), id, redirect);
        } catch (BenefitProblem problem) {
            PayeePageController.rethrowNotFound(problem);
            model.addAttribute("refusal", problem);
            return detail(viewer, id, model);
        }
    }

    @PostMapping("/benefit/payment-files/{id}/paid")
    String settleAllPaid(@PathVariable long id, RedirectAttributes redirect) {
        return settled(files.settleAllPaid(currentViewer.require(), id), id, redirect);
    }

    @GetMapping("/benefit/payment-files/unfiled")
    String unfiled(@RequestParam long programme, @RequestParam String month, @RequestParam String division,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        YearMonth paidFor = PaymentFileForm.month(month);
        model.addAttribute("result", files.withoutPayee(currentViewer.require(), programme, paidFor, division, page, PAGE_SIZE));
        model.addAttribute("month", paidFor);
        model.addAttribute("division", division);
        return UNFILED;
    }

    private String settled(Settlement settlement, long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", settlement.applied() ? "ledger.file.settled" : "ledger.file.alreadySettled");
        return "redirect:/benefit/payment-files/" + id;
    }

    private String detail(Viewer viewer, long id, Model model) {
        var file = files.find(viewer, id).orElseThrow(BenefitProblem::notFound);
        model.addAttribute("file", file);
        model.addAttribute("waiting", files.withoutPayee(viewer, file.programmeId(), file.month(), file.division().value(),
                0, 1).total());
        return DETAIL;
    }

    private void listModel(Viewer viewer, Long programme, PaymentFileStatus status, int page, Model model) {
        model.addAttribute("result", files.list(viewer, new PaymentFileQuery(programme, status), page, PAGE_SIZE));
        model.addAttribute("programmes", files.cashProgrammes(viewer));
        model.addAttribute("programme", programme);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PaymentFileStatus.values());
    }
}
