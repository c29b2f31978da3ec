/*
 * fuzz_diff.c
 *		libFuzzer target for the migration differ: the input is two schemas
 *		separated by a line "====".  Each that loads is diffed against the
 *		other, both ways, against nothing, and against itself (which must
 *		give no step), with Prisma's names and with the qualified names
 *		db_push runs.  Nothing may crash, leak or read out of bounds.
 *
 * Built by run.sh --libfuzzer-diff with clang -fsanitize=fuzzer,address,undefined;
 * seeded with the pairs of test/psl/diff and the evolutions of test/migrate.
 */
#define _GNU_SOURCE				/* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "migrate.h"
#include "psl_schema.h"

/* One side: NULL when it does not load (diagnostics are still rendered). */
static PslSchema *
load_side(PslArena *arena, const char *src, int len)
{
	PslDiagnostics diags;
	PslSchema  *schema;

	psl_diag_init(&diags, arena, src, len);
	schema = psl_load(arena, src, len, &diags);
	(void) psl_render_diagnostics(&diags, "schema.prisma", false);
	return diags.nerrors == 0 ? schema : NULL;
}

/* Diff from -> to both ways the engine renders; the step count. */
static int
diff(PslArena *arena, PslSchema *from, PslSchema *to)
{
	MigrateWarnings warnings;
	PslVec		steps;

	memset(&warnings, 0, sizeof(warnings));
	(void) migrate_diff_sql(arena, from, to, &warnings);
	memset(&warnings, 0, sizeof(warnings));
	steps = migrate_diff_steps(arena, from, to, MS_NAMES_QUALIFIED, &warnings);
	(void) migrate_render_script(arena, &steps);
	return steps.len;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PslArena   *arena = psl_arena_create();
	const char *src = (const char *) data;
	const char *sep = memmem(src, size, "\n====\n", 6);
	int			first = sep ? (int) (sep - src) : (int) size;
	PslSchema  *a = load_side(arena, src, first);
	PslSchema  *b = sep ? load_side(arena, sep + 6, (int) (size - first - 6)) : NULL;

	if (a)
	{
		(void) diff(arena, NULL, a);
		(void) diff(arena, a, NULL);
		if (diff(arena, a, a) != 0)
			abort();			/* a schema against itself has no step */
	}
	if (a && b)
	{
		(void) diff(arena, a, b);
		(void) diff(arena, b, a);
	}
	psl_arena_destroy(arena);
	return 0;
}
