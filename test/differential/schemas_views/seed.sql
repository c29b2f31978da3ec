INSERT INTO auth.accounts (email, role) VALUES ('ann@x.io', 'admin'), ('bob@x.io', 'USER'), ('cy@x.io', 'USER');
INSERT INTO public."Profile" (bio, account_id) VALUES ('hello', 1), (NULL, 2);
INSERT INTO public."Group" VALUES (1, 'staff'), (2, 'users');
INSERT INTO auth."_AccountToGroup" ("A", "B") VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO billing."Invoice" VALUES (1, 2024, 10.50, 1), (2, 2024, 99.99, 1), (1, 2025, 5.00, 2), (2, 2025, 0.01, 1);
CREATE OR REPLACE VIEW billing.account_totals AS
  SELECT a.id AS account_id, a.email, COALESCE(sum(i.amount), 0)::numeric(10, 2) AS total, count(i.*)::int AS invoices
    FROM auth.accounts a LEFT JOIN billing."Invoice" i ON i.account_id = a.id GROUP BY a.id, a.email;
