package org.yiyang.provider;

/** Only an {@link #ACTIVE} provider is listed in the directory and takes orders. */
public enum ProviderStatus {
    ACTIVE,     // 运营中
    SUSPENDED,  // 暂停服务
    CLOSED;     // 已注销

    public String messageKey() {
        return "provider.status." + name();
    }
}
