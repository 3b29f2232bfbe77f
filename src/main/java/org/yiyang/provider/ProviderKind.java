package org.yiyang.provider;

/** The kinds of organisation the policies name. */
public enum ProviderKind {
    INSTITUTION,            // 养老机构
    STREET_CENTRE,          // 街道综合养老服务中心
    COMMUNITY_STATION,      // 社区养老服务站
    DAY_CARE_CENTRE,        // 日间照料中心
    MEAL_POINT,             // 助餐点
    HOME_SERVICE_COMPANY,   // 居家服务企业
    SOJOURN_HOST,           // 旅居接待单位
    CHILDCARE,              // 托育机构
    CLINIC;                 // 合作医疗机构

    public String messageKey() {
        return "provider.kind." + name();
    }
}
