package cedarpos.server.branch;

import cedarpos.domain.BranchId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Vat;
import java.util.List;
import java.util.Optional;

/**
 * What a branch's tills need to take payment besides the menu: the rate of the day, VAT, and the modifier groups
 * its dishes offer. Every method joins the caller's transaction.
 */
public interface CashierSettings {
    /** Empty for an unknown branch. */
    Optional<BranchSettings> settings(BranchId branch);

    /**
     * The rate of the day, set at {@code atMs}.
     *
     * @return the settings before
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_BRANCH
     */
    BranchSettings setRate(BranchId branch, ExchangeRate rate, long atMs);

    /**
     * @return the settings before
     * @throws cedarpos.server.platform.RequestRefused 404 UNKNOWN_BRANCH
     */
    BranchSettings setVat(BranchId branch, Vat vat);

    /**
     * The branch's modifier groups by sort order, their options by sort order, each listing the active dishes that
     * offer it; prices in the branch's currency. A group the domain refuses (no options, more to choose than it
     * offers) is left out and logged, so one bad row cannot keep the catalog from the tills.
     */
    List<ModifierGroup> modifierGroups(BranchId branch);
}
