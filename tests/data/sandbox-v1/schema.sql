-- The operator sandbox database as its first version wrote it (commit 075d6b2): no user_version,
-- tables only. tst_sandboxschema upgrades a copy of it.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS organisations (id TEXT PRIMARY KEY, login TEXT UNIQUE NOT NULL, password_salt BLOB NOT NULL, password_hash BLOB NOT NULL, name TEXT NOT NULL, contract_number TEXT NOT NULL, taxpayer_number TEXT NOT NULL, address TEXT NOT NULL, contact_email TEXT NOT NULL, contact_phone TEXT NOT NULL, invoice_prefix TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subscribers (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, number TEXT NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL, monthly_fee_kopecks INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS invoices (organisation_id TEXT NOT NULL, period TEXT NOT NULL, number TEXT NOT NULL, formed_at TEXT NOT NULL, PRIMARY KEY (organisation_id, period));
CREATE TABLE IF NOT EXISTS invoice_lines (organisation_id TEXT NOT NULL, period TEXT NOT NULL, subscriber_id TEXT NOT NULL, amount_kopecks INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS delivery_settings (id INTEGER PRIMARY KEY AUTOINCREMENT, organisation_id TEXT NOT NULL, method TEXT NOT NULL, address TEXT NOT NULL, effective_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS payments (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, date TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, method TEXT NOT NULL, document TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS installments (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, device TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS installment_schedule (installment_id TEXT NOT NULL, date TEXT NOT NULL, amount_kopecks INTEGER NOT NULL, paid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, topic TEXT NOT NULL, text TEXT NOT NULL, sent_at TEXT NOT NULL, status TEXT NOT NULL, attachment_name TEXT);
CREATE TABLE IF NOT EXISTS callback_requests (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, phone TEXT NOT NULL, comment TEXT NOT NULL, requested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, organisation_id TEXT NOT NULL, kind TEXT NOT NULL, idempotency_key TEXT, sent_to TEXT, ordered_at TEXT NOT NULL, details TEXT NOT NULL);
INSERT INTO organisations VALUES ('org-1', 'demo', x'00', x'00', 'ООО «Ромашка»', 'D-1', '7700000000',
  'Москва', 'buh@romashka.example', '+74950000000', 'RM');
INSERT INTO delivery_settings (organisation_id, method, address, effective_at)
  VALUES ('org-1', 'email', 'buh@romashka.example', '2024-08-01T07:00:00Z');
INSERT INTO orders VALUES ('order-1', 'org-1', 'invoice_repeat', NULL, 'buh@romashka.example',
  '2026-11-20T09:00:00Z', '2026-10');
