/**
 * The store's private parts: the SQLite database and its MyBatis mappers and rows, the repositories that load and
 * save orders, tables and shifts, the change applier for pulled changes, kitchen tickets and receipts as the
 * transactions that owe them queue them, and stock claims. Only {@code cedarpos.terminal.store} uses it (the UI is
 * checked never to).
 */
package cedarpos.terminal.store.internal;
