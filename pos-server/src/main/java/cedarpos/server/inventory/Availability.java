package cedarpos.server.inventory;

/** Whether a dish can be sold at a branch right now. */
public enum Availability {
    /** On the branch's menu and active. */
    AVAILABLE,
    /** On the menu but switched off (86'd). */
    UNAVAILABLE,
    /** Not a menu item of that branch. */
    NOT_ON_MENU
}
