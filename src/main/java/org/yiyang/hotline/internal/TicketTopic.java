package org.yiyang.hotline.internal;

/** What a consultation (咨询) is about. */
public enum TicketTopic {
    POLICY,   // 政策咨询
    SERVICE,  // 服务咨询
    BENEFIT,  // 补贴待遇
    OTHER;

    public String messageKey() {
        return "hotline.topic." + name();
    }
}
