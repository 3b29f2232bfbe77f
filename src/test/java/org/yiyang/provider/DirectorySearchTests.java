package org.yiyang.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.yiyang.provider.TestProviders.create;
import static org.yiyang.provider.TestProviders.north;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.provider.internal.DirectorySearch;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

@IntegrationTest
class DirectorySearchTests {

    @Autowired
    DirectorySearch directory;

    @Autowired
    ProviderRegistry registry;

    @Test
    void listsProvidersWithinTheServiceCircleNearestFirstWithTheirDistance() {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        create(registry, token + " 丙", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 1400));
        create(registry, token + " 甲", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 300));
        create(registry, token + " 乙", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 900));
        create(registry, token + " 丁", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 2500));

        ProviderPage circle = directory.search(search(token, null, null, null, home, null, 0, 20));

        assertThat(circle.radiusMetres()).isEqualTo(1500);
        assertThat(names(circle)).containsExactly(token + " 甲", token + " 乙", token + " 丙");
        assertThat(circle.items().get(0).distanceMetres()).isCloseTo(300, within(1.0));
        assertThat(circle.items().get(2).distanceMetres()).isCloseTo(1400, within(1.0));
        assertThat(names(directory.search(search(token, null, null, null, home, 3000, 0, 20))))
                .containsExactly(token + " 甲", token + " 乙", token + " 丙", token + " 丁");
        assertThat(names(directory.search(search(token, null, null, null, home, 500, 0, 20))))
                .containsExactly(token + " 甲");
    }

    @Test
    void withoutAPointListsByNameWithoutDistance() {
        String token = TestProviders.token();
        create(registry, token + " b", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere());
        create(registry, token + " a", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere());

        ProviderPage page = directory.search(search(token, null, null, null, null, null, 0, 20));

        assertThat(names(page)).containsExactly(token + " a", token + " b");
        assertThat(page.items()).allSatisfy(hit -> assertThat(hit.distanceMetres()).isNull());
        assertThat(page.radiusMetres()).isNull();
    }

    @Test
    void filtersByServiceItemAndByKind() {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        create(registry, token + " meals", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 100),
                ServiceItem.MEAL);
        create(registry, token + " centre", ProviderKind.STREET_CENTRE, TestProviders.HINGGAN_VILLAGE, north(home, 200),
                ServiceItem.MEAL, ServiceItem.BATHING);
        create(registry, token + " cleaners", ProviderKind.HOME_SERVICE_COMPANY, TestProviders.HINGGAN_VILLAGE,
                north(home, 300), ServiceItem.CLEANING);

        assertThat(names(directory.search(search(token, null, ServiceItem.MEAL, null, home, null, 0, 20))))
                .containsExactly(token + " meals", token + " centre");
        assertThat(names(directory.search(search(token, null, ServiceItem.BATHING, null, home, null, 0, 20))))
                .containsExactly(token + " centre");
        assertThat(names(directory.search(search(token, ProviderKind.STREET_CENTRE, ServiceItem.CLEANING, null, home,
                null, 0, 20)))).isEmpty();
        assertThat(names(directory.search(search(token, ProviderKind.HOME_SERVICE_COMPANY, null, null, null, null, 0, 20))))
                .containsExactly(token + " cleaners");
        assertThat(directory.search(search(token, null, ServiceItem.BATHING, null, home, null, 0, 20)).items().get(0)
                .provider().services()).containsExactlyInAnyOrder(ServiceItem.MEAL, ServiceItem.BATHING);
    }

    @Test
    void filtersByDivisionSubtree() {
        String token = TestProviders.token();
        create(registry, token + " hinggan", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, TestProviders.somewhere());
        create(registry, token + " hohhot", ProviderKind.MEAL_POINT, TestProviders.HOHHOT_VILLAGE, TestProviders.somewhere());

        assertThat(names(directory.search(search(token, null, null, DivisionCode.of("152221000000"), null, null, 0, 20))))
                .containsExactly(token + " hinggan");
        assertThat(names(directory.search(search(token, null, null, DivisionCode.of("152200000000"), null, null, 0, 20))))
                .containsExactly(token + " hinggan");
        assertThat(names(directory.search(search(token, null, null, DivisionCode.INNER_MONGOLIA, null, null, 0, 20))))
                .hasSize(2);
        assertThat(directory.search(search(token, null, null, DivisionCode.of("152221000000"), null, null, 0, 20))
                .items().get(0).provider().divisionName()).isEqualTo("兴科居委会");
    }

    @Test
    void leavesOutSuspendedAndClosedProviders() {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        create(registry, token + " open", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, 100));
        long suspended = create(registry, token + " suspended", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE,
                north(home, 200));
        long closed = create(registry, token + " closed", ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE,
                north(home, 300));
        registry.changeStatus(TestAccounts.REGION_ADMIN, suspended, ProviderStatus.SUSPENDED, "整改");
        registry.changeStatus(TestAccounts.REGION_ADMIN, closed, ProviderStatus.CLOSED, "注销");

        assertThat(names(directory.search(search(token, null, null, null, home, null, 0, 20))))
                .containsExactly(token + " open");
        assertThat(directory.activeProvider(suspended)).isEmpty();
    }

    @Test
    void paginatesInDistanceOrder() {
        String token = TestProviders.token();
        GeoPoint home = TestProviders.somewhere();
        for (int i = 1; i <= 5; i++) {
            create(registry, token + " " + i, ProviderKind.MEAL_POINT, TestProviders.HINGGAN_VILLAGE, north(home, i * 100));
        }

        ProviderPage first = directory.search(search(token, null, null, null, home, null, 0, 2));
        ProviderPage last = directory.search(search(token, null, null, null, home, null, 2, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(names(first)).containsExactly(token + " 1", token + " 2");
        assertThat(names(last)).containsExactly(token + " 5");
    }

    @Test
    void refusesARadiusBeyondFiftyKilometres() {
        assertThatThrownBy(() -> directory.search(search(null, null, null, null, TestProviders.somewhere(), 50_001, 0, 20)))
                .isInstanceOfSatisfying(ProviderProblem.class, p -> assertThat(p.field()).isEqualTo("radius"));
    }

    private static ProviderSearch search(String text, ProviderKind kind, ServiceItem item, DivisionCode division,
                                         GeoPoint near, Integer radius, int page, int size) {
        return new ProviderSearch(text, kind, item, division, near, radius, page, size);
    }

    private static List<String> names(ProviderPage page) {
        return page.items().stream().map(hit -> hit.provider().name()).toList();
    }
}
