/**
 * The terminal conversation (docs/protocol.md): the WebSocket endpoint, hello and welcome, pushes (checked entry by
 * entry, applied through each capability's API, appended under the branch lock) and pulls; rejected entries and a
 * branch's sync status and its tills' standing (connected, last seen, last applied) for managers to read. It holds no manager use case (an ArchUnit rule). No module depends
 * on it. URLs: {@code /sync} (WebSocket), {@code GET /api/branches/{b}}, {@code /api/branches/{b}/rejected-entries},
 * {@code /api/branches/{b}/terminals}.
 */
package cedarpos.server.sync;
