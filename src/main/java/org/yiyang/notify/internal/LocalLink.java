package org.yiyang.notify.internal;

/** A notice's link must be a path on this site: opening a notice redirects there, so it must not lead away. */
public final class LocalLink {

    private LocalLink() {
    }

    public static boolean isLocal(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(Character::isISOControl);
    }
}
