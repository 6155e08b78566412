package cedarpos.server.branch.internal;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Money;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.branch.CashierSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JpaCashierSettings implements CashierSettings {
    private static final Logger LOG = Logger.getLogger(JpaCashierSettings.class.getName());

    @Inject
    private EntityManager em;

    @Override
    public Optional<BranchSettings> settings(BranchId branch) {
        return Optional.ofNullable(em.find(BranchEntity.class, branch.toString())).map(BranchEntity::settings);
    }

    @Override
    public BranchSettings setRate(BranchId branch, ExchangeRate rate, long atMs) {
        BranchEntity b = require(branch);
        BranchSettings before = b.settings();
        b.setRate(rate, atMs);
        return before;
    }

    @Override
    public BranchSettings setVat(BranchId branch, Vat vat) {
        BranchEntity b = require(branch);
        BranchSettings before = b.settings();
        b.setVat(vat);
        return before;
    }

    @Override
    public List<ModifierGroup> modifierGroups(BranchId branch) {
        BranchEntity b = em.find(BranchEntity.class, branch.toString());
        if (b == null) {
            return List.of();
        }
        Currency currency = Currency.parse(b.currency());
        Map<String, List<ModifierOption>> options = new HashMap<>();
        Map<String, List<MenuItemId>> items = new HashMap<>();
        List<ModifierGroup> groups = new ArrayList<>();
        try {
            // three queries per catalog, whatever the number of groups; each list comes sorted
            for (ModifierOptionEntity o : em.createNamedQuery("ModifierOption.findByBranch",
                    ModifierOptionEntity.class).setParameter("branchId", b.id()).getResultList()) {
                options.computeIfAbsent(o.groupId(), g -> new ArrayList<>()).add(new ModifierOption(
                        UUID.fromString(o.id()), o.nameEn(), o.nameAr(), Money.of(o.priceMinor(), currency)));
            }
            for (ModifierLinkEntity l : em.createNamedQuery("ModifierLink.findActiveByBranch",
                    ModifierLinkEntity.class).setParameter("branchId", b.id()).getResultList()) {
                items.computeIfAbsent(l.groupId(), g -> new ArrayList<>()).add(MenuItemId.parse(l.menuItemId()));
            }
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "modifier groups left out of the catalog branch=" + branch + ": " + e.getMessage());
            return List.of();
        }
        for (ModifierGroupEntity g : em.createNamedQuery("ModifierGroup.findByBranch", ModifierGroupEntity.class)
                .setParameter("branchId", b.id()).getResultList()) {
            try {
                groups.add(new ModifierGroup(UUID.fromString(g.id()), g.nameEn(), g.nameAr(), g.minChoices(),
                        g.maxChoices(), options.getOrDefault(g.id(), List.of()), items.getOrDefault(g.id(),
                        List.of())));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "modifier group left out of the catalog branch=" + branch + " group=" + g.id()
                        + ": " + e.getMessage());
            }
        }
        return groups;
    }

    private BranchEntity require(BranchId branch) {
        BranchEntity b = em.find(BranchEntity.class, branch.toString());
        if (b == null) {
            throw new RequestRefused(404, "UNKNOWN_BRANCH", "no branch " + branch);
        }
        return b;
    }
}
