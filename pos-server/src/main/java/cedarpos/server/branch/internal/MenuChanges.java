package cedarpos.server.branch.internal;

import cedarpos.domain.BranchId;
import cedarpos.protocol.v1.Catalog;
import cedarpos.server.access.AuditLog;
import cedarpos.server.changelog.BranchLock;
import cedarpos.server.changelog.ChangeLog;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A manager's changes to a branch's menu: dishes (category, English and Arabic names, price, order on the menu, on
 * the menu or not), the Arabic names of its categories, and modifier groups (names, how many choices are required and allowed, the options with their
 * prices, the dishes that offer them). Each change is made under the branch lock, audited, and reaches the tills as
 * a new catalog (at once for those connected). A dish is never deleted: taken off the menu it stays known, so an
 * order a till took offline before still applies. Any refusal rolls the whole change back.
 */
@ApplicationScoped
public class MenuChanges {
    private static final Logger LOG = Logger.getLogger(MenuChanges.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private AuditLog audit;

    /** What a manager sets on a dish. */
    public record Dish(String category, String nameEn, String nameAr, long priceMinor, int sortOrder, boolean active) {
    }

    /** An option of a group; {@code id} null for a new one. */
    public record Option(UUID id, String nameEn, String nameAr, long priceMinor) {
    }

    /** What a manager sets on a modifier group: its options in menu order and the dishes that offer it. */
    public record Group(String nameEn, String nameAr, int min, int max, int sortOrder, List<Option> options,
                       Set<UUID> menuItemIds) {
    }

    public record DishView(String id, Dish dish) {
    }

    public record OptionView(String id, String nameEn, String nameAr, long priceMinor) {
    }

    public record GroupView(String id, String nameEn, String nameAr, int min, int max, int sortOrder,
                            List<OptionView> options, List<String> menuItemIds) {
    }

    /** A category of the branch's dishes and its Arabic name, null when it has none (it shows as typed). */
    public record CategoryView(String name, String nameAr) {
    }

    /** The whole menu as a manager edits it: dishes off the menu included, and the categories they are in. */
    public record Menu(List<DishView> items, List<GroupView> modifierGroups, List<CategoryView> categories,
                       long catalogVersion) {
    }

    public record Changed<T>(T value, long catalogVersion) {
    }

    @Transactional
    public Menu menu(BranchId branch) {
        List<DishView> items = em.createQuery("SELECT m FROM CatalogMenuItem m WHERE m.branchId = :b"
                        + " ORDER BY m.category, m.sortOrder, m.nameEn, m.id", MenuItemEntity.class)
                .setParameter("b", branch.toString()).getResultStream().map(MenuChanges::view).toList();
        List<GroupView> groups = em.createNamedQuery("ModifierGroup.findByBranch", ModifierGroupEntity.class)
                .setParameter("branchId", branch.toString()).getResultStream().map(this::view).toList();
        Map<String, String> arabic = new HashMap<>();
        em.createNamedQuery("MenuCategoryName.findByBranch", CategoryNameEntity.class)
                .setParameter("branchId", branch.toString()).getResultStream()
                .forEach(n -> arabic.put(n.category(), n.nameAr()));
        List<CategoryView> categories = items.stream().map(d -> d.dish().category()).distinct().sorted()
                .map(c -> new CategoryView(c, arabic.get(c))).toList();
        BranchEntity b = em.find(BranchEntity.class, branch.toString());
        return new Menu(items, groups, categories, b.catalogVersion());
    }

    /**
     * Gives a category its Arabic name, or takes it away ({@code nameAr} null: it shows as typed). The category stays
     * the dishes' key. 404 UNKNOWN_CATEGORY when no dish of the branch, on the menu or not, is in it. The same name
     * again writes nothing.
     */
    @Transactional
    public Changed<CategoryView> nameCategory(BranchId branch, String category, String nameAr, String manager) {
        BranchLock lock = changeLog.lock(branch);
        long dishes = em.createQuery("SELECT COUNT(m) FROM CatalogMenuItem m WHERE m.branchId = :b"
                        + " AND m.category = :c", Long.class)
                .setParameter("b", branch.toString()).setParameter("c", category).getSingleResult();
        if (dishes == 0) {
            throw new RequestRefused(404, "UNKNOWN_CATEGORY", "no dish of branch " + branch + " is in category "
                    + category);
        }
        CategoryNameEntity row = em.find(CategoryNameEntity.class, CategoryNameEntity.key(branch.toString(), category));
        String before = row == null ? null : row.nameAr();
        if (Objects.equals(before, nameAr)) {
            return new Changed<>(new CategoryView(category, nameAr),
                    em.find(BranchEntity.class, branch.toString()).catalogVersion());
        }
        if (nameAr == null) {
            em.remove(row);
        } else if (row == null) {
            em.persist(new CategoryNameEntity(branch.toString(), category, nameAr));
        } else {
            row.rename(nameAr);
        }
        long version = lock.setupChanged().version();
        audit.record(manager, "MENU_CATEGORY_NAMED", branch, category, "category=" + category + " nameAr="
                + (before == null ? "(none)" : before) + " -> " + (nameAr == null ? "(none)" : nameAr)
                + " catalogVersion=" + version);
        LOG.info(() -> "category named branch=" + branch + " category=" + category + " by=" + manager
                + " catalogVersion=" + version);
        return new Changed<>(new CategoryView(category, nameAr), version);
    }

    @Transactional
    public Changed<DishView> addDish(BranchId branch, Dish dish, String manager) {
        BranchLock lock = changeLog.lock(branch);
        if (dish.active()) {
            roomOnTheMenu(branch);
        }
        MenuItemEntity m = new MenuItemEntity(UUID.randomUUID().toString(), branch.toString());
        m.set(dish.category(), dish.nameEn(), dish.nameAr(), dish.priceMinor(), dish.sortOrder(), dish.active());
        em.persist(m);
        long version = lock.setupChanged().version();
        audit.record(manager, "MENU_ITEM_ADDED", branch, m.id(), describe(dish) + " catalogVersion=" + version);
        LOG.info(() -> "menu item added branch=" + branch + " item=" + m.id() + " by=" + manager
                + " catalogVersion=" + version);
        return new Changed<>(view(m), version);
    }

    /** 404 UNKNOWN_MENU_ITEM when the dish is not one of the branch's. */
    @Transactional
    public Changed<DishView> changeDish(BranchId branch, UUID id, Dish dish, String manager) {
        BranchLock lock = changeLog.lock(branch);
        MenuItemEntity m = dishOf(branch, id);
        Dish before = view(m).dish();
        if (before.equals(dish)) {
            return new Changed<>(view(m), em.find(BranchEntity.class, branch.toString()).catalogVersion());
        }
        if (dish.active() && !before.active()) {
            roomOnTheMenu(branch);
        }
        m.set(dish.category(), dish.nameEn(), dish.nameAr(), dish.priceMinor(), dish.sortOrder(), dish.active());
        long version = lock.setupChanged().version();
        audit.record(manager, "MENU_ITEM_CHANGED", branch, m.id(), describe(before) + " -> " + describe(dish)
                + " catalogVersion=" + version);
        LOG.info(() -> "menu item changed branch=" + branch + " item=" + m.id() + " by=" + manager
                + " catalogVersion=" + version);
        return new Changed<>(view(m), version);
    }

    @Transactional
    public Changed<GroupView> addGroup(BranchId branch, Group group, String manager) {
        BranchLock lock = changeLog.lock(branch);
        check(branch, group);
        long groups = em.createQuery("SELECT COUNT(g) FROM ModifierGroup g WHERE g.branchId = :b", Long.class)
                .setParameter("b", branch.toString()).getSingleResult();
        if (groups >= Catalog.MAX_MODIFIER_GROUPS) {
            throw new RequestRefused(409, "MENU_FULL", "a branch has at most " + Catalog.MAX_MODIFIER_GROUPS
                    + " modifier groups");
        }
        ModifierGroupEntity g = new ModifierGroupEntity(UUID.randomUUID().toString(), branch.toString());
        g.set(group.nameEn(), group.nameAr(), group.min(), group.max(), group.sortOrder());
        em.persist(g);
        writeOptionsAndLinks(g, group, Map.of(), Set.of());
        long version = lock.setupChanged().version();
        audit.record(manager, "MODIFIER_GROUP_ADDED", branch, g.id(), describe(group) + " catalogVersion=" + version);
        LOG.info(() -> "modifier group added branch=" + branch + " group=" + g.id() + " by=" + manager
                + " catalogVersion=" + version);
        return new Changed<>(view(g), version);
    }

    /**
     * Replaces the group's fields, options and dishes: an option listed with its id keeps it, one without gets a
     * new id, one left out is removed. 404 UNKNOWN_MODIFIER_GROUP; 400 for an option id of another group.
     */
    @Transactional
    public Changed<GroupView> changeGroup(BranchId branch, UUID id, Group group, String manager) {
        BranchLock lock = changeLog.lock(branch);
        ModifierGroupEntity g = em.find(ModifierGroupEntity.class, id.toString());
        if (g == null || !g.branchId().equals(branch.toString())) {
            throw new RequestRefused(404, "UNKNOWN_MODIFIER_GROUP", "no modifier group " + id + " in branch " + branch);
        }
        check(branch, group);
        Map<String, ModifierOptionEntity> options = new HashMap<>();
        for (ModifierOptionEntity o : options(g.id())) {
            options.put(o.id(), o);
        }
        for (int i = 0; i < group.options().size(); i++) {
            UUID optionId = group.options().get(i).id();
            if (optionId != null && !options.containsKey(optionId.toString())) {
                throw RequestRefused.invalidField("options[" + i + "].id", "options[" + i + "].id " + optionId
                        + " is not an option of this group");
            }
        }
        String before = describe(view(g));
        Set<String> links = new HashSet<>(links(g.id()));
        g.set(group.nameEn(), group.nameAr(), group.min(), group.max(), group.sortOrder());
        writeOptionsAndLinks(g, group, options, links);
        long version = lock.setupChanged().version();
        audit.record(manager, "MODIFIER_GROUP_CHANGED", branch, g.id(), before + " -> " + describe(group)
                + " catalogVersion=" + version);
        LOG.info(() -> "modifier group changed branch=" + branch + " group=" + g.id() + " by=" + manager
                + " catalogVersion=" + version);
        return new Changed<>(view(g), version);
    }

    /** 409 MENU_FULL when the catalog already carries as many dishes as a till reads. */
    private void roomOnTheMenu(BranchId branch) {
        long onMenu = em.createQuery("SELECT COUNT(m) FROM CatalogMenuItem m WHERE m.branchId = :b AND m.active = TRUE",
                Long.class).setParameter("b", branch.toString()).getSingleResult();
        if (onMenu >= Catalog.MAX_ITEMS) {
            throw new RequestRefused(409, "MENU_FULL", "a branch has at most " + Catalog.MAX_ITEMS
                    + " dishes on its menu; take one off first");
        }
    }

    /** The rules a group must meet before anything is written. */
    private void check(BranchId branch, Group group) {
        if (group.options().isEmpty()) {
            throw RequestRefused.invalidField("options", "options must list at least one choice");
        }
        if (group.min() > group.max()) {
            throw RequestRefused.invalidField("min", "min must not be more than max");
        }
        if (group.max() > group.options().size()) {
            throw RequestRefused.invalidField("max", "max must not be more than the number of options ("
                    + group.options().size() + ")");
        }
        Set<String> ids = group.menuItemIds().stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        if (!ids.isEmpty()) {
            Set<String> known = new HashSet<>(em.createNamedQuery("CatalogMenuItem.idsOfBranch", String.class)
                    .setParameter("branchId", branch.toString()).setParameter("ids", ids).getResultList());
            for (UUID m : group.menuItemIds()) {
                if (!known.contains(m.toString())) {
                    throw RequestRefused.invalidField("menuItemIds", "menuItemIds: " + m
                            + " is not a dish of this branch");
                }
            }
        }
    }

    private void writeOptionsAndLinks(ModifierGroupEntity g, Group group, Map<String, ModifierOptionEntity> existing,
                                      Set<String> linked) {
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < group.options().size(); i++) {
            Option o = group.options().get(i);
            ModifierOptionEntity row = o.id() == null ? null : existing.get(o.id().toString());
            if (row == null) {
                row = new ModifierOptionEntity(UUID.randomUUID().toString(), g.id());
                em.persist(row);
            }
            row.set(o.nameEn(), o.nameAr(), o.priceMinor(), i);
            kept.add(row.id());
        }
        for (ModifierOptionEntity gone : existing.values()) {
            if (!kept.contains(gone.id())) {
                em.remove(gone);
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        group.menuItemIds().forEach(m -> wanted.add(m.toString()));
        for (String m : linked) {
            if (!wanted.contains(m)) {
                em.remove(em.find(ModifierLinkEntity.class, ModifierLinkEntity.key(m, g.id())));
            }
        }
        for (String m : wanted) {
            if (!linked.contains(m)) {
                em.persist(new ModifierLinkEntity(m, g.id()));
            }
        }
    }

    private MenuItemEntity dishOf(BranchId branch, UUID id) {
        MenuItemEntity m = em.find(MenuItemEntity.class, id.toString());
        if (m == null || !m.branchId().equals(branch.toString())) {
            throw new RequestRefused(404, "UNKNOWN_MENU_ITEM", "no dish " + id + " in branch " + branch);
        }
        return m;
    }

    private List<ModifierOptionEntity> options(String groupId) {
        return em.createQuery("SELECT o FROM ModifierOption o WHERE o.groupId = :g", ModifierOptionEntity.class)
                .setParameter("g", groupId).getResultStream()
                .sorted(Comparator.comparingInt(ModifierOptionEntity::sortOrder).thenComparing(ModifierOptionEntity::id))
                .toList();
    }

    private List<String> links(String groupId) {
        return em.createQuery("SELECT l.menuItemId FROM ModifierLink l WHERE l.groupId = :g ORDER BY l.menuItemId",
                String.class).setParameter("g", groupId).getResultList();
    }

    private static DishView view(MenuItemEntity m) {
        return new DishView(m.id(), new Dish(m.category(), m.nameEn(), m.nameAr(), m.priceMinor(), m.sortOrder(),
                m.active()));
    }

    private GroupView view(ModifierGroupEntity g) {
        List<OptionView> options = new ArrayList<>();
        for (ModifierOptionEntity o : options(g.id())) {
            options.add(new OptionView(o.id(), o.nameEn(), o.nameAr(), o.priceMinor()));
        }
        return new GroupView(g.id(), g.nameEn(), g.nameAr(), g.minChoices(), g.maxChoices(), g.sortOrder(), options,
                links(g.id()));
    }

    private static String describe(Dish d) {
        return "category=" + d.category() + " nameEn=" + d.nameEn() + " nameAr=" + d.nameAr() + " priceMinor="
                + d.priceMinor() + " sortOrder=" + d.sortOrder() + " active=" + d.active();
    }

    private static String describe(Group g) {
        return "nameEn=" + g.nameEn() + " min=" + g.min() + " max=" + g.max() + " options=" + g.options().size()
                + " dishes=" + g.menuItemIds().size();
    }

    private static String describe(GroupView g) {
        return "nameEn=" + g.nameEn() + " min=" + g.min() + " max=" + g.max() + " options=" + g.options().size()
                + " dishes=" + g.menuItemIds().size();
    }
}
