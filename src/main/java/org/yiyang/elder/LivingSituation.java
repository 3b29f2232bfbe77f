package org.yiyang.elder;

/** With whom the elder lives (居住状况). */
public enum LivingSituation {
    ALONE,          // 独居
    WITH_SPOUSE,    // 仅与配偶同住
    WITH_CHILDREN,  // 与子女同住
    WITH_OTHERS;    // 与其他亲属或他人同住

    public String messageKey() {
        return "elder.living." + name();
    }
}
