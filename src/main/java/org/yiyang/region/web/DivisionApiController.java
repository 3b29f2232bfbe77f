package org.yiyang.region.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionDirectory.DivisionPage;
import org.yiyang.region.DivisionScope;

@Tag(name = "Divisions", description = "Administrative divisions of Inner Mongolia (public reference data)")
@RestController
@RequestMapping("/api/v1/divisions")
class DivisionApiController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DivisionDirectory divisions;

    DivisionApiController(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    @Operation(summary = "One division: code, name, level (1 region … 5 village) and parent code")
    @GetMapping("/{code}")
    Division division(@PathVariable String code) {
        return divisions.require(code);
    }

    @Operation(summary = "The divisions directly below a division, ordered by code")
    @GetMapping("/{code}/children")
    List<Division> children(@PathVariable String code) {
        return divisions.children(divisions.require(code).divisionCode());
    }

    @Operation(summary = "Search divisions by name or code prefix, optionally within a subtree")
    @GetMapping
    DivisionPage search(@RequestParam(defaultValue = "") String q,
                        @RequestParam(required = false) String within,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        DivisionScope scope = within == null ? DivisionScope.everything()
                : DivisionScope.of(divisions.require(within).divisionCode());
        return divisions.search(q, scope, Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE));
    }
}
