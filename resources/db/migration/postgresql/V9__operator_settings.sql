-- Sign-in settings (issue 6), editable by an administrator: failures before lockout, lock minutes,
-- idle minutes before the screen locks.
INSERT INTO setting (key, value) VALUES ('security.lockoutAttempts', '5') ON CONFLICT (key) DO NOTHING;
INSERT INTO setting (key, value) VALUES ('security.lockoutMinutes', '15') ON CONFLICT (key) DO NOTHING;
INSERT INTO setting (key, value) VALUES ('security.idleMinutes', '10') ON CONFLICT (key) DO NOTHING;

-- The audit view filters by date and actor, newest first.
CREATE INDEX IF NOT EXISTS audit_by_at ON audit_log (at);
