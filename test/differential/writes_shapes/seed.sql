INSERT INTO "Team" (org, code, name) VALUES ('acme', 1, 'Core'), ('acme', 2, 'Edge');
INSERT INTO members (email_address, "teamOrg", "teamCode", levels, karma, weight) VALUES
  ('a@x.io', 'acme', 1, '{LOW,HIGH}', 5, 1.5),
  ('b@x.io', 'acme', 1, '{}', 9007199254740993, NULL),
  ('c@x.io', NULL, NULL, NULL, 0, 2.25);
UPDATE members SET "mentorId" = 1, "bossId" = 1 WHERE id = 2;
UPDATE members SET "bossId" = 1 WHERE id = 3;
INSERT INTO "Role" (title) VALUES ('dev'), ('ops');
INSERT INTO "MemberRole" ("memberId", "roleId") VALUES (1, 1), (2, 1), (2, 2);
