package org.yiyang.elder.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentSheet;

/**
 * What is wrong with a submitted assessment, in the viewer's language, for the form: each message with its
 * field, and the items to mark. Missing items are named ("B1.1 进食、B2.4 上下楼梯"), never just counted.
 * Public only because the templates' expression language calls it.
 */
public record AssessmentIssues(List<Message> messages, Set<String> itemsToMark) {

    public record Message(String field, String text) {
    }

    static AssessmentIssues none() {
        return new AssessmentIssues(List.of(), Set.of());
    }

    static AssessmentIssues of(AssessmentProblem problem, AssessmentSheet sheet, MessageSource source, Locale locale) {
        String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
        List<Message> messages = problem.issues().stream().map(issue -> {
            Object[] args = issue.arguments().isEmpty() ? null
                    : "items".equals(issue.field())
                    ? new Object[] {issue.arguments().stream().map(sheet::itemLabel).collect(Collectors.joining(separator)),
                            issue.arguments().size()}
                    : issue.arguments().toArray();
            return new Message(issue.field(), source.getMessage(issue.messageKey(), args, locale));
        }).toList();
        Set<String> items = problem.issues().stream().filter(i -> "items".equals(i.field()))
                .flatMap(i -> i.arguments().stream()).collect(Collectors.toSet());
        return new AssessmentIssues(messages, items);
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.stream().anyMatch(m -> field.equals(m.field()));
    }

    /** The messages about one field, joined, for the field's error line. */
    public String about(String field) {
        return messages.stream().filter(m -> field.equals(m.field())).map(Message::text)
                .collect(Collectors.joining(" "));
    }

    public boolean marks(String itemCode) {
        return itemsToMark.contains(itemCode);
    }
}
