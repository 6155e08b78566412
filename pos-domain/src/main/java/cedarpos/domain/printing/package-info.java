/**
 * A branch's printing setup: printers on the LAN, kitchen stations with their fallback printers, routes from menu
 * categories and items to stations, and each terminal's receipt printer. Shared by the server, which keeps and
 * edits it, and the terminals, which get it in the catalog and print from it offline.
 */
package cedarpos.domain.printing;
