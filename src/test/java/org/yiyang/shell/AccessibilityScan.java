package org.yiyang.shell;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** An axe-core scan of the page in the browser, reduced to the violations that block people. */
final class AccessibilityScan {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Results results;

    private AccessibilityScan(Results results) {
        this.results = results;
    }

    static AccessibilityScan of(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        return new AccessibilityScan(results);
    }

    List<Rule> blockingViolations() {
        return results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    }

    int rulesPassed() {
        return results.getPasses().size();
    }

    /** Rule id, impact, help link, and every failing node's selector, markup and summary. */
    String report() {
        return "axe-core found serious/critical violations on " + results.getUrl() + ":\n"
                + blockingViolations().stream().map(AccessibilityScan::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + rule.getNodes().stream().map(AccessibilityScan::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + "\n      " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }
}
