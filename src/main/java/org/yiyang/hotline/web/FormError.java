package org.yiyang.hotline.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.yiyang.elder.ElderProblem;
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.service.OrderProblem;

/** A refusal shown on the form it concerns ({@code form}), already in the viewer's language. */
record FormError(String form, String field, String text) implements java.io.Serializable {

    static FormError of(String form, RuntimeException refusal, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        if (refusal instanceof HotlineProblem p) {
            return new FormError(form, p.field(), messages.getMessage(p.messageKey(), p.args(), locale));
        }
        if (refusal instanceof OrderProblem p) {
            return new FormError(form, p.field(), messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale));
        }
        if (refusal instanceof ElderProblem p) {
            return new FormError(form, p.field(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale));
        }
        throw refusal;
    }

    /** Whether the refusal is about one of the hotline's own records that the viewer cannot see. */
    static boolean notFound(RuntimeException refusal) {
        return refusal instanceof HotlineProblem p && p.kind() == HotlineProblem.Kind.NOT_FOUND;
    }
}
