-- The audit trail of one subject (an order, a dish, a terminal) for the web admin: GET /api/branches/{b}/audit?subject=
CREATE INDEX ix_audit_event_subject ON audit_event (branch_id, subject, at_ms);
