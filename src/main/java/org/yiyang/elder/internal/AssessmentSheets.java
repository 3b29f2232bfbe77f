package org.yiyang.elder.internal;

import org.yiyang.elder.AssessmentSheet;
import org.yiyang.shared.Language;

/** A standard definition as the form of one language shows it. */
final class AssessmentSheets {

    private AssessmentSheets() {
    }

    static AssessmentSheet of(AssessmentStandard standard, Language language) {
        String tag = (language == null ? Language.DEFAULT : language).locale().getLanguage();
        return new AssessmentSheet(standard.code(), standard.version(), standard.title().in(tag), standard.maxTotal(),
                standard.reassessmentIntervalMonths(),
                standard.dimensions().stream().map(d -> new AssessmentSheet.Dimension(d.code(), d.name().in(tag),
                        d.maxScore(), d.items().stream().map(i -> new AssessmentSheet.Item(i.code(), i.name().in(tag),
                                i.maxScore(), i.options().stream().map(o -> new AssessmentSheet.Option(o.score(),
                                        o.description().in(tag))).toList())).toList())).toList(),
                standard.levelChangeRules().riskEvents().kinds().stream().map(Enum::name).toList());
    }
}
