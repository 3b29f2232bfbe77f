package org.yiyang.elder.web;

import org.yiyang.shared.ChinaTime;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.yiyang.elder.AgeBand;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.elder.internal.ElderExporter;
import org.yiyang.identity.CurrentViewer;

/** Export of the filtered registry list to Excel, with the same filters as the list page; numbers masked. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
class ElderExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ElderExporter exporter;
    private final CurrentViewer currentViewer;

    ElderExportController(ElderExporter exporter, CurrentViewer currentViewer) {
        this.exporter = exporter;
        this.currentViewer = currentViewer;
    }

    /** Streams the workbook; beyond the row limit, back to the list with the reason. */
    @GetMapping("/elders/export")
    ModelAndView export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String division,
                        @RequestParam(required = false) SpecialCategory category, @RequestParam(required = false) AgeBand age,
                        @RequestParam(required = false) LivingSituation living,
                        @RequestParam(required = false) CapabilityLevel level,
                        @RequestParam(defaultValue = "ACTIVE") ElderStatus status, Locale locale,
                        HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var viewer = currentViewer.require();
        var query = new ElderQuery(q, division, category, age, living, level, status);
        if (exporter.count(viewer, query) > exporter.maxRows()) {
            redirect.addFlashAttribute("problem", "elderimport.export.tooMany");
            return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/elders").queryParam("q", q)
                    .queryParamIfPresent("division", Optional.ofNullable(division))
                    .queryParamIfPresent("category", Optional.ofNullable(category))
                    .queryParamIfPresent("age", Optional.ofNullable(age))
                    .queryParamIfPresent("living", Optional.ofNullable(living))
                    .queryParamIfPresent("level", Optional.ofNullable(level))
                    .queryParam("status", status).encode().build().toUriString());
        }
        String scope = division == null || division.isBlank() ? viewer.division().value() : division.strip();
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("elders-" + scope + "-" + LocalDate.now(ChinaTime.ZONE) + ".xlsx").build().toString());
        exporter.write(viewer, query, locale, response.getOutputStream());
        return null;
    }
}
