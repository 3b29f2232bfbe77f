package org.yiyang.provider;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.yiyang.TestAccounts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.internal.ProviderDraft;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/**
 * Providers for tests. Names carry a token unique to the test, so that searching by it finds only the test's
 * own providers whatever else (demo data, earlier runs on PostgreSQL) is in the database.
 */
public final class TestProviders {

    public static final String HINGGAN_VILLAGE = "152221100001";   // 兴科居委会, 科尔沁镇, 科尔沁右翼前旗
    public static final String HOHHOT_VILLAGE = "150102001001";     // a community of 呼和浩特市新城区
    private static final Random RANDOM = new Random();

    private TestProviders() {
    }

    public static String token() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random point in Inner Mongolia's latitude band, far enough from others that radius searches stay clean. */
    public static GeoPoint somewhere() {
        return new GeoPoint(41 + RANDOM.nextDouble() * 8, 100 + RANDOM.nextDouble() * 20);
    }

    /** The point {@code metres} north of {@code from}. */
    public static GeoPoint north(GeoPoint from, double metres) {
        return new GeoPoint(from.latitude() + GeoPoint.latitudeDegrees(metres), from.longitude());
    }

    public static ProviderDraft draft(String name, ProviderKind kind, String division, GeoPoint at,
                                      Set<ServiceItem> services) {
        return new ProviderDraft(name, kind, division, "测试地址 1 号", "0482-1234567", at.latitude(), at.longitude(),
                100, 10, 4, 0, OperatingModel.PRIVATE, null, null, EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0),
                LocalTime.of(20, 0), services);
    }

    public static long create(ProviderRegistry registry, String name, ProviderKind kind, String division, GeoPoint at,
                              ServiceItem... services) {
        return registry.register(TestAccounts.REGION_ADMIN, draft(name, kind, division, at,
                services.length == 0 ? EnumSet.of(ServiceItem.MEAL) : EnumSet.of(services[0], services)));
    }

    /** The viewer of an account created with {@link TestAccounts#create}. */
    public static Viewer viewer(AccountDirectory accounts, String username) {
        var a = accounts.findByUsername(username).orElseThrow();
        return new Viewer(a.id(), a.username(), a.displayName(), a.role(), a.division());
    }
}
