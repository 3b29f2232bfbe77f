package org.yiyang.provider.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;

/** The directory's division choice: each league/city with its banners/counties (about 115 options). */
@Component
class DivisionOptions {

    record League(Division league, List<Division> banners) {
    }

    private final DivisionDirectory divisions;
    private volatile List<League> leagues;

    DivisionOptions(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    List<League> leagues() {
        if (leagues == null) {
            leagues = divisions.children(DivisionCode.INNER_MONGOLIA).stream()
                    .map(league -> new League(league, divisions.children(league.divisionCode()))).toList();
        }
        return leagues;
    }

    /** The chosen division when it is not one of the options (a township or village code typed into the address). */
    Division other(String code) {
        return DivisionCode.parse(code).flatMap(divisions::find).filter(d -> d.level() > 3).orElse(null);
    }
}
