/*
 * psl_test.c
 *		Standalone driver for the schema-language code: no PostgreSQL.
 *
 * Usage:
 *   psl_test validate FILE      print "valid" or the diagnostics report
 *   psl_test validate-errors FILE   the same, errors only (as `prisma validate`)
 *   psl_test format FILE        print `prisma format` output
 *   psl_test ddl FILE           print the from-empty migration SQL
 *   psl_test diff FROM TO       print the migration SQL between two schemas
 *                               (FROM may be "-" for the empty schema)
 *   psl_test fuzz FILE          parse + validate + format, print nothing
 *
 * run.sh compares its output with the files under cases/.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "migrate.h"
#include "psl_format.h"
#include "psl_schema.h"

/* Read a whole file; exits on failure. */
static char *
read_file(const char *path, int *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
	{
		perror(path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) n + 1);
	if (buf == NULL || fread(buf, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(2);
	}
	buf[n] = '\0';
	fclose(f);
	*len = (int) n;
	return buf;
}

/* Load a schema, printing its diagnostics; NULL when it has errors. */
static PslSchema *
load_or_report(PslArena *arena, const char *path, bool quiet)
{
	int			len;
	char	   *src = read_file(path, &len);
	PslDiagnostics diags;
	PslSchema  *schema;

	psl_diag_init(&diags, arena, src, len);
	schema = psl_load(arena, src, len, &diags);
	if (diags.nerrors > 0)
	{
		if (!quiet)
			printf("%s\n", psl_render_diagnostics(&diags, "schema.prisma", false));
		return NULL;
	}
	return schema;
}

int
main(int argc, char **argv)
{
	PslArena   *arena = psl_arena_create();
	int			rc = 0;

	if (argc < 3)
	{
		fprintf(stderr, "usage: psl_test validate|format|ddl|diff|fuzz FILE [FILE]\n");
		return 2;
	}
	if (strcmp(argv[1], "validate") == 0 || strcmp(argv[1], "validate-errors") == 0)
	{
		bool		errors_only = strcmp(argv[1], "validate-errors") == 0;
		int			len;
		char	   *src = read_file(argv[2], &len);
		PslDiagnostics diags;

		psl_diag_init(&diags, arena, src, len);
		(void) psl_load(arena, src, len, &diags);
		if (diags.nerrors == 0 && (diags.nwarnings == 0 || errors_only))
			printf("valid\n");
		else
		{
			printf("%s\n", psl_render_diagnostics(&diags, "schema.prisma", errors_only));
			rc = diags.nerrors > 0 ? 1 : 0;
		}
	}
	else if (strcmp(argv[1], "format") == 0)
	{
		int			len;
		char	   *src = read_file(argv[2], &len);
		PslDiagnostics diags;
		char	   *out;

		psl_diag_init(&diags, arena, src, len);
		out = psl_format(arena, src, len, &diags);
		if (out == NULL)
		{
			printf("%s\n", psl_render_diagnostics(&diags, "schema.prisma", true));
			rc = 1;
		}
		else
			fputs(out, stdout);
	}
	else if (strcmp(argv[1], "ddl") == 0 || strcmp(argv[1], "diff") == 0)
	{
		bool		is_diff = strcmp(argv[1], "diff") == 0;
		PslSchema  *from = NULL;
		PslSchema  *to;
		MigrateWarnings warnings;

		if (is_diff && argc < 4)
		{
			fprintf(stderr, "usage: psl_test diff FROM TO\n");
			return 2;
		}
		if (is_diff && strcmp(argv[2], "-") != 0)
		{
			from = load_or_report(arena, argv[2], false);
			if (from == NULL)
				return 1;
		}
		to = load_or_report(arena, argv[is_diff ? 3 : 2], false);
		if (to == NULL)
			return 1;
		fputs(migrate_diff_sql(arena, from, to, &warnings), stdout);
		if (warnings.items.len > 0)
		{
			int			i;

			printf("-- warnings:\n");
			for (i = 0; i < warnings.items.len; i++)
				printf("-- %s\n", (char *) warnings.items.items[i]);
		}
	}
	else if (strcmp(argv[1], "fuzz") == 0)
	{
		int			len;
		char	   *src = read_file(argv[2], &len);
		PslDiagnostics diags;

		psl_diag_init(&diags, arena, src, len);
		(void) psl_load(arena, src, len, &diags);
		(void) psl_render_diagnostics(&diags, "schema.prisma", false);
		psl_diag_init(&diags, arena, src, len);
		(void) psl_format(arena, src, len, &diags);
	}
	else
	{
		fprintf(stderr, "unknown command %s\n", argv[1]);
		rc = 2;
	}
	psl_arena_destroy(arena);
	return rc;
}
