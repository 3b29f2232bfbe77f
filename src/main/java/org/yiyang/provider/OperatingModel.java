package org.yiyang.provider;

/** Who owns and who runs the organisation. */
public enum OperatingModel {
    PUBLIC_RUN,               // 公办公营
    PUBLIC_BUILT_PRIVATE_RUN, // 公建民营
    PRIVATE_PUBLIC_AIDED,     // 民办公助
    PRIVATE;                  // 民办

    public String messageKey() {
        return "provider.model." + name();
    }
}
