/*
 * fuzz_query.c
 *		libFuzzer target for the query front end with fixed schemas: the
 *		document parser, the validator and the compiler to SQL (everything
 *		prisma.query does before SPI).  The first byte of an input picks one
 *		of the differential sets' schemas, the rest is the document (or a
 *		batch).  Each input must end in a program or in a clean ereport;
 *		nothing may crash, leak or read out of bounds.
 *
 * Built by run_standalone.sh with clang -fsanitize=fuzzer,address,undefined
 * and linked with pg_shim.c in place of the server.  FUZZ_QUERY_SCHEMAS is
 * the directory of the sets (test/differential), compiled in.
 */
#include "postgres.h"

#include <dirent.h>

#include <jansson.h>

#include "pg_shim.h"
#include "query.h"

#define MAX_SCHEMAS 65536

static PslSchema **schemas;		/* NULL where a file does not load */
static int	nschemas = 0;

/* jansson allocates through palloc, as in the server (pg_alloc.c). */
static void *
json_palloc(size_t size)
{
	return palloc(size);
}

static void
json_pfree(void *p)
{
	if (p)
		pfree(p);
}

/* Only the schema files. */
static int
is_schema_file(const struct dirent *e)
{
	size_t		n = strlen(e->d_name);

	return n > 7 && strcmp(e->d_name + n - 7, ".prisma") == 0;
}

/* Load every schema file of FUZZ_QUERY_SCHEMAS, in name order. */
static void
load_schemas(void)
{
	const char *dir = getenv("FUZZ_QUERY_SCHEMAS");
	struct dirent **files;
	int			n = dir ? scandir(dir, &files, is_schema_file, alphasort) : -1;
	int			i;

	if (n <= 0)
	{
		fprintf(stderr, "fuzz_query: set FUZZ_QUERY_SCHEMAS to a directory of *.prisma files\n");
		abort();
	}
	schemas = calloc(Min(n, MAX_SCHEMAS), sizeof(PslSchema *));
	for (i = 0; i < n; i++)
	{
		char		path[4096];
		FILE	   *f;
		char	   *src;
		long		len;
		PslArena   *arena;
		PslDiagnostics diags;
		PslSchema  *schema;

		snprintf(path, sizeof(path), "%s/%s", dir, files[i]->d_name);
		free(files[i]);
		if (nschemas == MAX_SCHEMAS)
			continue;
		if ((f = fopen(path, "rb")) == NULL)
		{
			schemas[nschemas++] = NULL;	/* keep the numbering the seeds use */
			continue;
		}
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		rewind(f);
		src = malloc(len + 1);
		if (fread(src, 1, len, f) != (size_t) len)
			abort();
		fclose(f);
		arena = psl_arena_create();	/* kept for the whole run */
		psl_diag_init(&diags, arena, src, (int) len);
		schema = psl_load(arena, src, (int) len, &diags);
		if (diags.nerrors > 0)
		{
			/* sql/ pushes invalid schemas on purpose: their documents are skipped */
			psl_arena_destroy(arena);
			free(src);
			schema = NULL;
		}
		schemas[nschemas++] = schema;
	}
	free(files);
	for (i = 0, n = 0; i < nschemas; i++)
		n += schemas[i] == NULL;
	fprintf(stderr, "fuzz_query: %d schemas, %d of them invalid (their documents are skipped)\n", nschemas, n);
	if (n == nschemas)
		abort();
}

/* Validate and compile one document, as compile_document does in the server. */
static void
compile_one(PslSchema *schema, PslArena *arena, json_t *doc_json)
{
	QContext	cx;
	QDocument  *doc;
	QProgram   *program;

	memset(&cx, 0, sizeof(cx));
	cx.schema = schema;
	cx.arena = arena;
	initStringInfo(&cx.path);
	doc = query_parse_document(&cx, doc_json);
	program = doc->action->compile(doc);
	if (program == NULL)
		abort();
}

/* The shape read from the text must be the one of jansson's tree. */
static void
check_text_shape(const QTextShape *ts, json_t *root)
{
	QShape		shape;
	int			i;

	query_shape_of_tree(&shape, root);
	if (!shape.cacheable || shape.key.len != ts->key.len ||
		memcmp(shape.key.data, ts->key.data, ts->key.len) != 0 || shape.nleaves != ts->nleaves)
	{
		fprintf(stderr, "fuzz_query: the text's shape key differs from the tree's\n");
		abort();
	}
	for (i = 0; i < ts->nleaves; i++)
		if (strcmp(query_text_shape_leaf(ts, i), query_leaf_text(shape.leaves[i])) != 0 ||
			!query_text_shape_leaf_equals(ts, i, shape.leaves[i]))
		{
			fprintf(stderr, "fuzz_query: leaf %d of the text differs from the tree's\n", i);
			abort();
		}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		base;
	sigjmp_buf	jb;
	PslArena   *volatile arena = NULL;
	volatile bool plain = false;
	volatile bool parsed = false;

	if (nschemas == 0)
	{
		json_set_alloc_funcs(json_palloc, json_pfree);
		load_schemas();
	}
	if (size < 2 || schemas[((data[0] << 8) | data[1]) % nschemas] == NULL)
		return 0;
	shim_set_stack_base(&base);
	PG_exception_stack = &jb;
	if (sigsetjmp(jb, 0) == 0)
	{
		PslSchema  *schema = schemas[((data[0] << 8) | data[1]) % nschemas];
		json_t	   *root;
		int			nbatch;
		int			i;

		QTextShape *ts = palloc(sizeof(QTextShape));

		arena = psl_arena_create();
		plain = query_shape_of_text(ts, (const char *) data + 2, (int) size - 2);
		root = query_load_json((const char *) data + 2, (int) size - 2);
		parsed = true;
		if (plain)
			check_text_shape(ts, root);
		nbatch = query_batch_size(root);
		if (nbatch < 0)
			compile_one(schema, arena, root);
		for (i = 0; i < nbatch; i++)
			compile_one(schema, arena, query_batch_item(root, i));
	}
	else if (plain && !parsed)
	{
		fprintf(stderr, "fuzz_query: a text the shape scan took as plain is not valid JSON\n");
		abort();
	}
	PG_exception_stack = NULL;
	if (arena)
		psl_arena_destroy(arena);
	shim_free_all();
	return 0;
}
