package org.yiyang.service;

/**
 * Who pays a share of an order's price. For meals the policies share the price five ways
 * (个人出一点、企业让一点、政府补一点、集体添一点、社会捐一点).
 */
public enum Payer {
    ELDER,              // 个人
    SUBSIDY,            // 政府补贴（养老服务补贴、护理补贴、助餐补贴）
    VOUCHER,            // 消费券
    POINTS,             // 幸福积分
    PROVIDER_DISCOUNT,  // 企业让利
    VILLAGE_COLLECTIVE, // 村集体
    DONOR;              // 社会捐赠

    public String messageKey() {
        return "service.payer." + name();
    }
}
