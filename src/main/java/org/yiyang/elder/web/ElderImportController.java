package org.yiyang.elder.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.internal.ElderImportJobs;
import org.yiyang.elder.internal.ImportColumn;
import org.yiyang.elder.internal.ImportRefused;
import org.yiyang.identity.CurrentViewer;

/**
 * Bulk import pages (批量导入): the upload form with the column layout and recent jobs, a job's progress (polled by
 * htmx every second until it is done) and its error report. For the registry keepers only.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
class ElderImportController {

    static final String IMPORT = "elder/import";
    static final String JOB = "elder/import-job";
    static final String PROGRESS = JOB + " :: progress";
    private static final int RECENT_JOBS = 10;

    private final ElderImportJobs jobs;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    ElderImportController(ElderImportJobs jobs, CurrentViewer currentViewer, MessageSource messages,
                          @Value("${yiyang.elder.import.max-file-size:20MB}") DataSize maxFileSize) {
        this.jobs = jobs;
        this.currentViewer = currentViewer;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/elders/import")
    String page(@RequestParam(required = false) String tooLarge, Model model, Locale locale) {
        if (tooLarge != null) {
            var refused = ImportRefused.tooLarge(maxFileSize.toMegabytes());
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", List.of(ImportColumn.values()));
        model.addAttribute("jobs", jobs.recent(currentViewer.require(), RECENT_JOBS));
        model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
        return IMPORT;
    }

    @PostMapping("/elders/import")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        var viewer = currentViewer.require();
        try {
            if (file == null || file.isEmpty()) {
                throw ImportRefused.empty();
            }
            if (file.getSize() > maxFileSize.toBytes()) {
                throw ImportRefused.tooLarge(maxFileSize.toMegabytes());
            }
            Path upload = Files.createTempFile("elder-import-", ".upload"); // owner-only: it holds personal data
            try {
                file.transferTo(upload);
            } catch (IOException e) {
                Files.deleteIfExists(upload);
                throw e;
            }
            return "redirect:/elders/import/" + jobs.start(viewer, fileName(file), upload).id();
        } catch (ImportRefused refused) {
            model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return page(model);
        }
    }

    /** The header row of the documented layout, in UTF-8 with a byte-order mark for Excel. */
    @GetMapping("/elders/import/template.csv")
    ResponseEntity<byte[]> template() {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
        return csv("elder-import-template.csv", ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/elders/import/{id}")
    String job(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", jobs.find(currentViewer.require(), id).orElseThrow(ElderImportController::noSuchJob));
        return htmx != null ? PROGRESS : JOB;
    }

    @GetMapping("/elders/import/{id}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable long id, Locale locale) {
        byte[] report = jobs.errorReport(currentViewer.require(), id, locale).orElseThrow(ElderImportController::noSuchJob);
        return csv("elder-import-" + id + "-errors.csv", report);
    }

    @ExceptionHandler(ElderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ElderProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "elder/not-found";
    }

    private static ElderProblem noSuchJob() {
        return new ElderProblem(null, "elderimport.job.notFound");
    }

    private static ResponseEntity<byte[]> csv(String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** The name the file had on the uploader's computer, without any path, for the job list. */
    private static String fileName(MultipartFile file) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        name = name == null || name.isBlank() || "null".equals(name) ? "upload" : name.replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
