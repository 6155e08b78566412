package cedarpos.server.webadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.server.testing.AdminBrowser;
import cedarpos.server.testing.Strings;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What the navigation must be at every width the admin is made for (1024 px and up), in either language. */
final class Navigation {
    /** Each tab's box and the nav's, as the page lays them out. */
    private static final String MEASURE = """
            const nav = document.querySelector('nav.tabs');
            const box = (e) => { const r = e.getBoundingClientRect();
              return { id: e.id || e.querySelector('.nav-toggle').id, top: r.top, bottom: r.bottom, left: r.left,
                       right: r.right, width: r.width, height: r.height, text: e.textContent }; };
            const items = [...nav.children].map((e) => box(e.matches('.nav-group') ? e.querySelector('.nav-toggle') : e));
            return { items, navScroll: nav.scrollWidth, navClient: nav.clientWidth, navHeight: nav.offsetHeight,
                     pageScroll: document.documentElement.scrollWidth, width: window.innerWidth,
                     dir: getComputedStyle(nav).direction };
            """;

    private Navigation() {
    }

    /**
     * The navigation is one row of tabs at least 44 px each way, all inside the window and nothing scrolling inside
     * the bar; the first tab at the start side (the right in Arabic); the Setup list opens inside the window with its
     * pages named in the page's language, each 44 px high, and closes with Escape. {@code whileOpen} runs while the
     * list is open (a screenshot).
     */
    @SuppressWarnings("unchecked")
    static void assertFits(AdminBrowser browser, Strings s, Runnable whileOpen) {
        Map<String, Object> m = (Map<String, Object>) browser.driver().executeScript(MEASURE);
        List<Map<String, Object>> items = (List<Map<String, Object>>) m.get("items");
        double width = num(m.get("width"));
        String where = "at " + (int) width + " px in " + s.lang() + ": ";
        assertThat(items).as(where + "tabs").hasSizeGreaterThanOrEqualTo(8);
        double top = num(items.get(0).get("top"));
        for (Map<String, Object> item : items) {
            String what = where + item.get("id") + " (" + item.get("text") + ") " + item;
            assertThat(num(item.get("top"))).as(what + " on the first row").isEqualTo(top);
            assertThat(num(item.get("height"))).as(what + " height").isGreaterThanOrEqualTo(44);
            assertThat(num(item.get("width"))).as(what + " width").isGreaterThanOrEqualTo(44);
            assertThat(num(item.get("left"))).as(what + " inside the window (start)").isGreaterThanOrEqualTo(0);
            assertThat(num(item.get("right"))).as(what + " inside the window (end)").isLessThanOrEqualTo(width);
        }
        assertThat(num(m.get("navHeight"))).as(where + "the bar is one tab high").isLessThan(2 * 44);
        assertThat(num(m.get("navScroll"))).as(where + "nothing scrolls inside the bar")
                .isLessThanOrEqualTo(num(m.get("navClient")));
        assertThat(num(m.get("pageScroll"))).as(where + "the page is no wider than the window")
                .isLessThanOrEqualTo(width);
        assertThat(m.get("dir")).isEqualTo(s.dir());
        double first = num(items.get(0).get("left"));
        double second = num(items.get(1).get("left"));
        if (s.dir().equals("rtl")) {
            assertThat(first).as(where + "mirrored: the first tab right of the second").isGreaterThan(second);
        } else {
            assertThat(first).as(where + "the first tab left of the second").isLessThan(second);
        }

        browser.click("#nav-group-setup");
        browser.waitForAttribute("#nav-group-setup", "aria-expanded", "true");
        Map<String, Object> list = (Map<String, Object>) browser.driver().executeScript("""
                const menu = document.getElementById('nav-group-setup-menu');
                const r = menu.getBoundingClientRect();
                return { left: r.left, right: r.right, bottom: r.bottom,
                         heights: [...menu.querySelectorAll('a')].map((a) => a.getBoundingClientRect().height),
                         names: [...menu.querySelectorAll('a')].map((a) => a.textContent) };
                """);
        assertThat(num(list.get("left"))).as(where + "the Setup list inside the window").isGreaterThanOrEqualTo(0);
        assertThat(num(list.get("right"))).as(where + "the Setup list inside the window").isLessThanOrEqualTo(width);
        assertThat((List<String>) list.get("names")).containsExactly(s.text("menu.nav"), s.text("floor.nav"),
                s.text("printing.nav"), s.text("nav.rates"), s.text("nav.staff"));
        for (Object h : (List<Object>) list.get("heights")) {
            assertThat(num(h)).as(where + "a page of the Setup list is a touch target").isGreaterThanOrEqualTo(44);
        }
        whileOpen.run();
        browser.driver().findElement(By.id("nav-menu")).sendKeys(Keys.ESCAPE);
        browser.waitForAttribute("#nav-group-setup", "aria-expanded", "false");
        browser.waitGone("#nav-group-setup-menu");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
