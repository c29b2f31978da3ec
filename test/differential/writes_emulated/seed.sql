INSERT INTO "Parent" VALUES (1, 'one'), (2, 'two'), (3, 'three');
INSERT INTO "Kid" VALUES (10, 1), (11, 1), (20, 2);
INSERT INTO "Note" VALUES (100, 10), (101, 11), (200, 20);
INSERT INTO "Pet" VALUES (30, 'three');
INSERT INTO "Toy" VALUES (40, 1), (41, 2);
INSERT INTO "Tag" VALUES (50), (51);
INSERT INTO "_ParentToTag" VALUES (1, 50), (2, 50), (1, 51);
