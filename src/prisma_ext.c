/*
 * prisma_ext.c
 *		Module entry: GUCs, and the SQL functions of the schema language
 *		(prisma.validate, prisma.format, prisma.migrate_diff).
 *
 * The schema-language code itself is backend-independent (src/psl_*.c);
 * this file adapts it: palloc-backed allocation, size limits, and turning
 * its diagnostics into ERRORs with Prisma's wording.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "migrate.h"
#include "pg_alloc.h"
#include "prisma_ext.h"
#include "psl_format.h"
#include "query.h"

PG_MODULE_MAGIC;

/*---- GUC variables ----*/

int			prisma_max_schema_bytes = 10 * 1024 * 1024;

/*---- Function declarations ----*/

void		_PG_init(void);

PG_FUNCTION_INFO_V1(prisma_validate);
PG_FUNCTION_INFO_V1(prisma_format);
PG_FUNCTION_INFO_V1(prisma_migrate_diff);

void
_PG_init(void)
{
	pg_alloc_install();
	DefineCustomIntVariable("prisma.max_schema_bytes",
							"Largest Prisma schema text accepted, in bytes.",
							NULL,
							&prisma_max_schema_bytes,
							10 * 1024 * 1024,
							1024,
							MaxAllocSize / 2,
							PGC_SUSET,
							GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	DefineCustomIntVariable("prisma.max_depth",
							"Deepest nesting of relations a query document may select.",
							NULL,
							&prisma_max_depth,
							10, 1, 1000,
							PGC_SUSET, 0,
							NULL, NULL, NULL);
	DefineCustomIntVariable("prisma.max_document_bytes",
							"Largest query document accepted, in bytes.",
							NULL,
							&prisma_max_document_bytes,
							1024 * 1024, 64, MaxAllocSize / 2,
							PGC_SUSET, GUC_UNIT_BYTE,
							NULL, NULL, NULL);
	DefineCustomBoolVariable("prisma.log_sql",
							 "Log the SQL each prisma.query call runs.",
							 NULL,
							 &prisma_log_sql,
							 false,
							 PGC_SUSET, 0,
							 NULL, NULL, NULL);
	DefineCustomIntVariable("prisma.plan_cache_size",
							"Prepared plans, and compiled reads by document shape, each backend keeps for prisma.query (0 disables both).",
							NULL,
							&prisma_plan_cache_size,
							256, 0, 100000,
							PGC_SUSET, 0,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("prisma");
	schema_cache_init();
}

/* Reject schema text over the size limit before parsing it. */
static void
check_schema_size(int len)
{
	if (len > prisma_max_schema_bytes)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("Prisma schema is too large: %d bytes", len),
				 errdetail("The limit is %d bytes.", prisma_max_schema_bytes),
				 errhint("Raise prisma.max_schema_bytes to accept larger schemas.")));
}

PslSchema *
psl_load_or_error(PslArena *arena, const char *source, int len, char **warnings)
{
	PslDiagnostics diags;
	PslSchema  *schema;

	check_schema_size(len);
	psl_diag_init(&diags, arena, source, len);
	schema = psl_load(arena, source, len, &diags);
	if (diags.nerrors > 0)
		ereport(ERROR,
				(errcode(diags.has_syntax_error ? ERRCODE_SYNTAX_ERROR :
						 ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("P1012: Prisma schema validation failed with %d error%s",
						diags.nerrors, diags.nerrors == 1 ? "" : "s"),
				 errdetail("%s", psl_render_diagnostics(&diags, "schema.prisma", true))));
	if (warnings)
		*warnings = diags.nwarnings > 0 ?
			psl_render_diagnostics(&diags, "schema.prisma", false) : NULL;
	if (schema->datasource == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("P1012: the Prisma schema has no datasource block"),
				 errhint("Add: datasource db { provider = \"postgresql\" }")));
	return schema;
}

/*
 * prisma.validate(schema text) returns text
 *		Raise every validation error; return a confirmation and any warnings.
 */
Datum
prisma_validate(PG_FUNCTION_ARGS)
{
	text	   *src = PG_GETARG_TEXT_PP(0);
	PslArena   *arena = psl_arena_create();
	char	   *warnings = NULL;

	(void) psl_load_or_error(arena, VARDATA_ANY(src), VARSIZE_ANY_EXHDR(src), &warnings);
	if (warnings)
		PG_RETURN_TEXT_P(cstring_to_text(psprintf("The schema is valid, with warnings:\n%s",
												  warnings)));
	PG_RETURN_TEXT_P(cstring_to_text("The schema is valid."));
}

/*
 * prisma.format(schema text) returns text
 *		The schema as `prisma format` prints it.
 */
Datum
prisma_format(PG_FUNCTION_ARGS)
{
	text	   *src = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(src);
	PslArena   *arena = psl_arena_create();
	PslDiagnostics diags;
	char	   *out;

	check_schema_size(len);
	psl_diag_init(&diags, arena, VARDATA_ANY(src), len);
	out = psl_format(arena, VARDATA_ANY(src), len, &diags);
	if (out == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_SYNTAX_ERROR),
				 errmsg("P1012: the Prisma schema cannot be formatted"),
				 errdetail("%s", psl_render_diagnostics(&diags, "schema.prisma", true))));
	PG_RETURN_TEXT_P(cstring_to_text(out));
}

/*
 * prisma.migrate_diff(from_schema text, to_schema text) returns text
 *		The migration script between two schemas; NULL means empty.
 */
Datum
prisma_migrate_diff(PG_FUNCTION_ARGS)
{
	PslArena   *arena = psl_arena_create();
	PslSchema  *from = NULL;
	PslSchema  *to = NULL;
	MigrateWarnings warnings;

	if (!PG_ARGISNULL(0))
	{
		text	   *a = PG_GETARG_TEXT_PP(0);

		from = psl_load_or_error(arena, VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a), NULL);
	}
	if (!PG_ARGISNULL(1))
	{
		text	   *b = PG_GETARG_TEXT_PP(1);

		to = psl_load_or_error(arena, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), NULL);
	}
	memset(&warnings, 0, sizeof(warnings));
	PG_RETURN_TEXT_P(cstring_to_text(migrate_diff_sql(arena, from, to, &warnings)));
}
