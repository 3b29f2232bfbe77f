package org.yiyang.provider.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.ProviderSearch;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/**
 * Turns {@link DirectoryParams} into a {@link ProviderSearch}, or names the parameter that is wrong. The point
 * is either {@code lat}+{@code lng} or the home of {@code elder}, whom the signed-in viewer must be allowed to
 * act for (the elder, family with a confirmed link, registry staff of the division).
 */
@Component
class DirectoryQueries {

    static final int DEFAULT_PAGE_SIZE = 20;

    /** The search, and whose home it is measured from (null when not an elder's). */
    record Resolved(ProviderSearch search, String homeOf) {
    }

    private final DivisionDirectory divisions;
    private final CurrentViewer currentViewer;
    private final ObjectProvider<ServiceRecipients> recipients;

    DirectoryQueries(DivisionDirectory divisions, CurrentViewer currentViewer,
                     ObjectProvider<ServiceRecipients> recipients) {
        this.divisions = divisions;
        this.currentViewer = currentViewer;
        this.recipients = recipients;
    }

    Resolved resolve(DirectoryParams p) {
        ServiceItem item = ProviderForm.choice("item", p.item(), ServiceItem::valueOf);
        ProviderKind kind = ProviderForm.choice("kind", p.kind(), ProviderKind::valueOf);
        DivisionCode division = DirectoryParams.blank(p.division()) ? null
                : DivisionCode.parse(p.division()).filter(code -> divisions.find(code).isPresent())
                        .orElseThrow(() -> new ProviderProblem("division", "provider.error.division"));
        Integer radius = whole("radius", p.radius(), "provider.error.radius");
        int page = orDefault(whole("page", p.page(), "provider.error.page"), 0);
        int size = orDefault(whole("size", p.size(), "provider.error.page"), DEFAULT_PAGE_SIZE);
        if (page < 0 || size < 1 || size > ProviderSearch.MAX_PAGE_SIZE) {
            throw new ProviderProblem("page", "provider.error.page");
        }
        GeoPoint near = null;
        String homeOf = null;
        if (!DirectoryParams.blank(p.elder())) {
            if (!DirectoryParams.blank(p.lat()) || !DirectoryParams.blank(p.lng())) {
                throw new ProviderProblem("elder", "provider.error.pointTwice");
            }
            ServiceRecipient elder = elder(p.elder());
            near = elder.home();
            homeOf = elder.name();
        } else if (!DirectoryParams.blank(p.lat()) || !DirectoryParams.blank(p.lng())) {
            near = point(p.lat(), p.lng());
        }
        if (near == null && radius != null) {
            throw new ProviderProblem("radius", "provider.error.radiusWithoutPoint");
        }
        return new Resolved(new ProviderSearch(p.q(), kind, item, division, near, radius, page, size), homeOf);
    }

    private ServiceRecipient elder(String text) {
        long id;
        try {
            id = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ProviderProblem("elder", "provider.error.elder");
        }
        Viewer viewer = currentViewer.get().orElseThrow(() -> new ProviderProblem("elder", "provider.error.elderSignIn"));
        ServiceRecipients directory = recipients.getIfAvailable();
        if (directory == null) {
            throw new ProviderProblem("elder", "provider.error.elder");
        }
        try {
            ServiceRecipient elder = directory.forViewer(viewer, id);
            if (elder.home() == null) {
                throw new ProviderProblem("elder", "provider.error.noHome");
            }
            return elder;
        } catch (ElderProblem | AccessDeniedException e) {
            throw new ProviderProblem("elder", "provider.error.elder");
        }
    }

    private static GeoPoint point(String lat, String lng) {
        if (DirectoryParams.blank(lat) || DirectoryParams.blank(lng)) {
            throw new ProviderProblem("lat", "provider.error.pointIncomplete");
        }
        try {
            return GeoPoint.of(Double.valueOf(lat.strip()), Double.valueOf(lng.strip()))
                    .orElseThrow(() -> new ProviderProblem("lat", "provider.error.point"));
        } catch (NumberFormatException e) {
            throw new ProviderProblem("lat", "provider.error.point");
        }
    }

    private static Integer whole(String field, String value, String key) {
        if (DirectoryParams.blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ProviderProblem(field, key);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
