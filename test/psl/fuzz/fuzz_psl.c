/*
 * fuzz_psl.c
 *		Fuzz target for the standalone schema-language code: every input is
 *		lexed, parsed, validated, rendered, formatted and, when valid, turned
 *		into from-empty DDL.  Nothing may crash, leak or read out of bounds.
 *
 * Built two ways by run.sh:
 *   - with clang -fsanitize=fuzzer: a libFuzzer target (LLVMFuzzerTestOneInput);
 *   - with -DPSL_MUTATOR and gcc -fsanitize=address,undefined: a small
 *     deterministic mutation fuzzer over a corpus directory, so the default
 *     test suite can run it without clang.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "migrate.h"
#include "psl_format.h"
#include "psl_schema.h"

/* Run every stage on one input. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PslArena   *arena = psl_arena_create();
	PslDiagnostics diags;
	PslSchema  *schema;
	const char *src = (const char *) data;

	psl_diag_init(&diags, arena, src, (int) size);
	schema = psl_load(arena, src, (int) size, &diags);
	(void) psl_render_diagnostics(&diags, "schema.prisma", false);
	if (diags.nerrors == 0)
	{
		MigrateWarnings warnings;

		PslVec		steps;

		memset(&warnings, 0, sizeof(warnings));
		(void) migrate_diff_sql(arena, NULL, schema, &warnings);
		/* the qualified statements db_push runs */
		memset(&warnings, 0, sizeof(warnings));
		steps = migrate_diff_steps(arena, NULL, schema, MS_NAMES_QUALIFIED, &warnings);
		(void) migrate_render_script(arena, &steps);
	}
	psl_diag_init(&diags, arena, src, (int) size);
	(void) psl_format(arena, src, (int) size, &diags);
	psl_arena_destroy(arena);
	return 0;
}

#ifdef PSL_MUTATOR

/* xorshift: deterministic runs for a given seed */
static uint64_t rng_state = 88172645463325252ULL;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* Tokens that steer mutations toward interesting grammar. */
static const char *const dictionary[] = {
	"model ", "enum ", "{", "}", "\n", "@id", "@unique", "@default(", ")", "(", "[", "]",
	"@relation(fields: [", "references: [", "@@index([", "@@id([", "@map(\"", "\"", "?",
	"[]", "Int", "String", "DateTime", "Json", "@db.VarChar(", "autoincrement()", "now()",
	"//", "///", "/*", "*/", ",", ":", "=", "\\", "@@schema(\"", "Unsupported(\"", "@", "@@",
	"datasource db {\n  provider = \"postgresql\"\n}\n", "\xc3\xa9", "\x00", "-1", "1.5"
};

/* Apply one random edit to buf (len in/out, capacity cap). */
static void
mutate(char *buf, size_t *len, size_t cap)
{
	size_t		n = *len;
	size_t		pos = n ? rng() % (n + 1) : 0;

	switch (rng() % 5)
	{
		case 0:					/* delete a run */
			if (n > 0)
			{
				size_t		k = 1 + rng() % 16;

				if (pos + k > n)
					k = n - pos;
				memmove(buf + pos, buf + pos + k, n - pos - k);
				*len = n - k;
			}
			break;
		case 1:					/* insert a dictionary token */
			{
				const char *t = dictionary[rng() % (sizeof(dictionary) / sizeof(dictionary[0]))];
				size_t		k = strlen(t) ? strlen(t) : 1;

				if (n + k < cap)
				{
					memmove(buf + pos + k, buf + pos, n - pos);
					memcpy(buf + pos, t, k);
					*len = n + k;
				}
			}
			break;
		case 2:					/* flip a byte */
			if (n > 0)
				buf[rng() % n] ^= (char) (1 << (rng() % 8));
			break;
		case 3:					/* duplicate a chunk */
			if (n > 0)
			{
				size_t		from = rng() % n;
				size_t		k = 1 + rng() % 64;

				if (from + k > n)
					k = n - from;
				if (n + k < cap)
				{
					char		chunk[64];

					memcpy(chunk, buf + from, k);
					memmove(buf + pos + k, buf + pos, n - pos);
					memcpy(buf + pos, chunk, k);
					*len = n + k;
				}
			}
			break;
		default:				/* truncate */
			*len = pos;
			break;
	}
}

/* Read a file into a fresh buffer. */
static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *b;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc((size_t) n + 1);
	if (fread(b, 1, (size_t) n, f) != (size_t) n)
		n = 0;
	fclose(f);
	*len = (size_t) n;
	return b;
}

int
main(int argc, char **argv)
{
	char	  **files = NULL;
	int			nfiles = 0;
	long		iterations = argc > 2 ? atol(argv[2]) : 1000;
	long		i;
	int			d;

	if (argc < 2)
	{
		fprintf(stderr, "usage: fuzz_psl CORPUS_DIR... [ITERATIONS] [SEED]\n");
		return 2;
	}
	if (argc > 3)
		rng_state ^= (uint64_t) atoll(argv[3]);
	for (d = 1; d < 2; d++)
	{
		DIR		   *dir = opendir(argv[d]);
		struct dirent *e;

		if (!dir)
		{
			perror(argv[d]);
			return 2;
		}
		while ((e = readdir(dir)) != NULL)
		{
			size_t		l = strlen(e->d_name);

			if (l > 7 && strcmp(e->d_name + l - 7, ".prisma") == 0)
			{
				files = realloc(files, sizeof(char *) * (nfiles + 1));
				files[nfiles] = malloc(strlen(argv[d]) + l + 2);
				sprintf(files[nfiles], "%s/%s", argv[d], e->d_name);
				nfiles++;
			}
		}
		closedir(dir);
	}
	if (nfiles == 0)
	{
		fprintf(stderr, "no .prisma files in %s\n", argv[1]);
		return 2;
	}
	for (i = 0; i < iterations; i++)
	{
		size_t		len,
					cap;
		char	   *seed = slurp(files[rng() % nfiles], &len);
		char	   *buf;
		int			k,
					edits = 1 + (int) (rng() % 8);

		if (!seed)
			continue;
		cap = len * 2 + 256;
		buf = malloc(cap);
		memcpy(buf, seed, len);
		for (k = 0; k < edits; k++)
			mutate(buf, &len, cap);
		LLVMFuzzerTestOneInput((const uint8_t *) buf, len);
		free(buf);
		free(seed);
	}
	for (d = 0; d < nfiles; d++)
		free(files[d]);
	free(files);
	printf("fuzz: %ld passed, 0 failed\n", iterations);
	return 0;
}
#endif
