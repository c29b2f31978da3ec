INSERT INTO "Author" VALUES (1, 'Ann the writer'), (2, 'Bob reads');
INSERT INTO "Note" VALUES
  (1, 'cats and dogs', 'the cat sleeps', 1),
  (2, 'dog walking', 'dogs run fast', 1),
  (3, 'birds', NULL, 2),
  (4, 'a cat', 'cat cat cat', NULL),
  (5, 'Running dogs and sleeping cats', 'a long walk in the park', 2),
  (6, 'The quick brown fox', 'jumps over the lazy dog', NULL);
