/*
 * catalog.c
 *		The prisma.* catalog tables: writing the active schema into them and
 *		reading its source back.
 *
 * The tables (see sql/prisma_ext--*.sql) describe the active schema for
 * plain-SQL readers: models, fields, enums, relations and indexes with
 * their database names.  The backend itself caches the parsed source
 * (schema_cache.c), so the rows are written once per db_push and never
 * read on the query path.  Every value is a bound parameter.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "prisma_ext.h"

/* Datum of a nullable C string as text. */
static Datum
text_or_null(const char *s, char *nulls, int i)
{
	if (s == NULL)
	{
		nulls[i] = 'n';
		return (Datum) 0;
	}
	nulls[i] = ' ';
	return CStringGetTextDatum(s);
}

/* A text[] datum of C strings. */
static Datum
text_array(PslVec *strings)
{
	Datum	   *elems = palloc(sizeof(Datum) * (strings->len + 1));
	int			i;

	for (i = 0; i < strings->len; i++)
		elems[i] = CStringGetTextDatum((char *) strings->items[i]);
	return PointerGetDatum(construct_array(elems, strings->len, TEXTOID, -1, false,
										   TYPALIGN_INT));
}

/* Run one statement with parameters; all must succeed. */
static void
exec_params(const char *sql, int nargs, Oid *types, Datum *values, const char *nulls)
{
	int			rc = SPI_execute_with_args(sql, nargs, types, values, nulls, false, 0);

	if (rc < 0)
		elog(ERROR, "prisma_ext catalog: SPI failed (%d) on: %s", rc, sql);
}

static const char *
arity_word(PslArity a)
{
	return a == PSL_LIST ? "list" : a == PSL_OPTIONAL ? "optional" : "required";
}

static const char *
kind_word(PslFieldKind k)
{
	switch (k)
	{
		case PSL_FIELD_SCALAR:
			return "scalar";
		case PSL_FIELD_ENUM:
			return "enum";
		case PSL_FIELD_RELATION:
			return "relation";
		default:
			return "unsupported";
	}
}

static const char *
default_word(PslDefaultKind k)
{
	switch (k)
	{
		case PSL_DEFAULT_VALUE:
			return "value";
		case PSL_DEFAULT_AUTOINCREMENT:
			return "autoincrement";
		case PSL_DEFAULT_NOW:
			return "now";
		case PSL_DEFAULT_UUID:
			return "uuid";
		case PSL_DEFAULT_CUID:
			return "cuid";
		case PSL_DEFAULT_NANOID:
			return "nanoid";
		case PSL_DEFAULT_ULID:
			return "ulid";
		case PSL_DEFAULT_DBGENERATED:
			return "dbgenerated";
		default:
			return NULL;
	}
}

static const char *
action_word(PslRefAction a)
{
	static const char *const names[] = {NULL, "Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"};

	return names[a];
}

/* The type as written in the schema: Int, Role, User, Unsupported("x"). */
static char *
field_type_text(PslField *f)
{
	if (f->kind == PSL_FIELD_UNSUPPORTED)
		return psprintf("Unsupported(\"%s\")", f->unsupported ? f->unsupported : "");
	return pstrdup(f->type_name ? f->type_name : "");
}

/* The default's argument text: the literal, the dbgenerated SQL, a version. */
static char *
default_text(PslSchema *schema, PslField *f)
{
	PslDefault *d = &f->default_value;
	const char *src = schema->ast->source;

	switch (d->kind)
	{
		case PSL_DEFAULT_VALUE:
			return pnstrdup(src + d->value->span.start, d->value->span.end - d->value->span.start);
		case PSL_DEFAULT_DBGENERATED:
			return d->sql ? pstrdup(d->sql) : NULL;
		case PSL_DEFAULT_UUID:
		case PSL_DEFAULT_CUID:
			return psprintf("%d", d->version);
		case PSL_DEFAULT_NANOID:
			return d->length ? psprintf("%d", d->length) : NULL;
		default:
			return NULL;
	}
}

static char *
native_text(PslNativeType *nt)
{
	if (nt == NULL)
		return NULL;
	if (nt->nargs == 2)
		return psprintf("%s(%d,%d)", nt->name, nt->args[0], nt->args[1]);
	if (nt->nargs == 1)
		return psprintf("%s(%d)", nt->name, nt->args[0]);
	return pstrdup(nt->name);
}

/* Field names and column names of an index. */
static void
index_names(PslArena *arena, PslIndex *idx, PslVec *fields, PslVec *columns, PslVec *sorts)
{
	int			i;

	for (i = 0; i < idx->fields.len; i++)
	{
		PslIndexField *f = idx->fields.items[i];

		psl_vec_push(arena, fields, f->field->name);
		psl_vec_push(arena, columns, f->field->db_name);
		psl_vec_push(arena, sorts, f->sort == PSL_SORT_DESC ? "desc" : "asc");
	}
}

static void
write_index(PslArena *arena, PslModel *m, PslIndex *idx, int position)
{
	static Oid	types[9] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTARRAYOID, TEXTARRAYOID,
	TEXTARRAYOID, TEXTOID, INT4OID};
	Datum		values[9];
	char		nulls[10];
	PslVec		fields = {NULL, 0, 0},
				columns = {NULL, 0, 0},
				sorts = {NULL, 0, 0};
	const char *kind = idx->kind == PSL_INDEX_PRIMARY ? "primary" :
		idx->kind == PSL_INDEX_UNIQUE ? "unique" :
		idx->kind == PSL_INDEX_FULLTEXT ? "fulltext" : "index";

	index_names(arena, idx, &fields, &columns, &sorts);
	values[0] = text_or_null(m->name, nulls, 0);
	values[1] = text_or_null(idx->db_name, nulls, 1);
	values[2] = text_or_null(idx->client_name, nulls, 2);
	values[3] = text_or_null(kind, nulls, 3);
	values[4] = text_array(&fields);
	nulls[4] = ' ';
	values[5] = text_array(&columns);
	nulls[5] = ' ';
	values[6] = text_array(&sorts);
	nulls[6] = ' ';
	values[7] = text_or_null(idx->algorithm, nulls, 7);
	values[8] = Int32GetDatum(position);
	nulls[8] = ' ';
	nulls[9] = '\0';
	exec_params("INSERT INTO prisma.indexes (model_name, index_name, client_name, kind, fields,"
				" columns, sort_orders, algorithm, position) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
				9, types, values, nulls);
}

static void
write_model(PslSchema *schema, PslModel *m, int position)
{
	static Oid	mtypes[8] = {TEXTOID, INT4OID, TEXTOID, TEXTOID, BOOLOID, BOOLOID, TEXTARRAYOID, TEXTOID};
	static Oid	ftypes[16] = {TEXTOID, TEXTOID, INT4OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
		TEXTOID, TEXTOID, TEXTOID, BOOLOID, BOOLOID, BOOLOID, BOOLOID, TEXTOID, TEXTOID};
	Datum		values[16];
	char		nulls[17];
	PslVec		pk = {NULL, 0, 0};
	int			i;

	if (m->primary_key)
		for (i = 0; i < m->primary_key->fields.len; i++)
			psl_vec_push(schema->arena, &pk,
						 ((PslIndexField *) m->primary_key->fields.items[i])->field->name);
	values[0] = text_or_null(m->name, nulls, 0);
	values[1] = Int32GetDatum(position);
	nulls[1] = ' ';
	values[2] = text_or_null(m->db_schema ? m->db_schema : schema->default_schema, nulls, 2);
	values[3] = text_or_null(m->db_name, nulls, 3);
	values[4] = BoolGetDatum(m->is_view);
	nulls[4] = ' ';
	values[5] = BoolGetDatum(m->ignored);
	nulls[5] = ' ';
	values[6] = text_array(&pk);
	nulls[6] = m->primary_key ? ' ' : 'n';
	values[7] = text_or_null(m->doc, nulls, 7);
	nulls[8] = '\0';
	exec_params("INSERT INTO prisma.models (model_name, position, db_schema, db_name, is_view,"
				" ignored, primary_key, documentation) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
				8, mtypes, values, nulls);

	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];

		CHECK_FOR_INTERRUPTS();
		values[0] = text_or_null(m->name, nulls, 0);
		values[1] = text_or_null(f->name, nulls, 1);
		values[2] = Int32GetDatum(i);
		nulls[2] = ' ';
		values[3] = text_or_null(kind_word(f->kind), nulls, 3);
		values[4] = text_or_null(field_type_text(f), nulls, 4);
		values[5] = text_or_null(arity_word(f->arity), nulls, 5);
		values[6] = text_or_null(f->kind == PSL_FIELD_RELATION ? NULL : f->db_name, nulls, 6);
		values[7] = text_or_null(native_text(f->native_type), nulls, 7);
		values[8] = text_or_null(default_word(f->default_value.kind), nulls, 8);
		values[9] = text_or_null(default_text(schema, f), nulls, 9);
		values[10] = BoolGetDatum(f->is_id);
		values[11] = BoolGetDatum(f->is_unique);
		values[12] = BoolGetDatum(f->updated_at);
		values[13] = BoolGetDatum(f->ignored);
		nulls[10] = nulls[11] = nulls[12] = nulls[13] = ' ';
		values[14] = text_or_null(f->relation ? f->relation->name : NULL, nulls, 14);
		values[15] = text_or_null(f->doc, nulls, 15);
		nulls[16] = '\0';
		exec_params("INSERT INTO prisma.fields (model_name, field_name, position, kind, type_name,"
					" arity, db_name, native_type, default_kind, default_value, is_id, is_unique,"
					" is_updated_at, ignored, relation_name, documentation)"
					" VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)",
					16, ftypes, values, nulls);
	}
	if (m->primary_key)
		write_index(schema->arena, m, m->primary_key, 0);
	for (i = 0; i < m->indexes.len; i++)
		write_index(schema->arena, m, m->indexes.items[i], i + 1);
}

static void
write_enum(PslSchema *schema, PslEnum *e)
{
	static Oid	etypes[4] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID};
	static Oid	vtypes[4] = {TEXTOID, TEXTOID, TEXTOID, INT4OID};
	Datum		values[4];
	char		nulls[5];
	int			i;

	values[0] = text_or_null(e->name, nulls, 0);
	values[1] = text_or_null(e->db_schema ? e->db_schema : schema->default_schema, nulls, 1);
	values[2] = text_or_null(e->db_name, nulls, 2);
	values[3] = text_or_null(e->doc, nulls, 3);
	nulls[4] = '\0';
	exec_params("INSERT INTO prisma.enums (enum_name, db_schema, db_name, documentation)"
				" VALUES ($1,$2,$3,$4)", 4, etypes, values, nulls);
	for (i = 0; i < e->values.len; i++)
	{
		PslEnumValue *v = e->values.items[i];

		values[0] = text_or_null(e->name, nulls, 0);
		values[1] = text_or_null(v->name, nulls, 1);
		values[2] = text_or_null(v->db_name, nulls, 2);
		values[3] = Int32GetDatum(i);
		nulls[3] = ' ';
		exec_params("INSERT INTO prisma.enum_values (enum_name, value, db_name, position)"
					" VALUES ($1,$2,$3,$4)", 4, vtypes, values, nulls);
	}
}

static void
write_relation(PslSchema *schema, PslRelation *r, int id)
{
	static Oid	types[14] = {INT4OID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID,
		TEXTARRAYOID, TEXTARRAYOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID};
	Datum		values[14];
	char		nulls[15];
	PslField   *a,
			   *b;
	PslVec		fk = {NULL, 0, 0},
				refs = {NULL, 0, 0};
	int			i;

	if (r->kind == PSL_REL_MANY_TO_MANY)
	{
		a = r->field_a;
		b = r->field_b;
	}
	else
	{
		a = r->fk_field;
		b = r->back_field;
		if (a)
		{
			for (i = 0; i < a->rel_fields.len; i++)
				psl_vec_push(schema->arena, &fk, ((PslField *) a->rel_fields.items[i])->db_name);
			for (i = 0; i < a->rel_references.len; i++)
				psl_vec_push(schema->arena, &refs, ((PslField *) a->rel_references.items[i])->db_name);
		}
	}
	if (a == NULL && b == NULL)
		return;
	values[0] = Int32GetDatum(id);
	nulls[0] = ' ';
	values[1] = text_or_null(r->name, nulls, 1);
	values[2] = text_or_null(r->kind == PSL_REL_ONE_TO_ONE ? "one_to_one" :
							 r->kind == PSL_REL_ONE_TO_MANY ? "one_to_many" : "many_to_many",
							 nulls, 2);
	values[3] = text_or_null(a ? a->model->name : b->related_model->name, nulls, 3);
	values[4] = text_or_null(a ? a->name : NULL, nulls, 4);
	values[5] = text_or_null(b ? b->model->name : a->related_model->name, nulls, 5);
	values[6] = text_or_null(b ? b->name : NULL, nulls, 6);
	values[7] = text_array(&fk);
	nulls[7] = r->kind == PSL_REL_MANY_TO_MANY ? 'n' : ' ';
	values[8] = text_array(&refs);
	nulls[8] = r->kind == PSL_REL_MANY_TO_MANY ? 'n' : ' ';
	values[9] = text_or_null(action_word(r->on_delete), nulls, 9);
	values[10] = text_or_null(action_word(r->on_update), nulls, 10);
	values[11] = text_or_null(r->fk_name, nulls, 11);
	values[12] = text_or_null(r->kind == PSL_REL_MANY_TO_MANY ?
							  (r->join_schema ? r->join_schema : schema->default_schema) : NULL,
							  nulls, 12);
	values[13] = text_or_null(r->join_table, nulls, 13);
	nulls[14] = '\0';
	exec_params("INSERT INTO prisma.relations (relation_id, relation_name, kind, model_a, field_a,"
				" model_b, field_b, fk_columns, referenced_columns, on_delete, on_update,"
				" constraint_name, join_schema, join_table)"
				" VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)",
				14, types, values, nulls);
}

/* Empty every catalog table (inside SPI_connect). */
static void
delete_all(void)
{
	exec_params("DELETE FROM prisma.fields", 0, NULL, NULL, NULL);
	exec_params("DELETE FROM prisma.indexes", 0, NULL, NULL, NULL);
	exec_params("DELETE FROM prisma.models", 0, NULL, NULL, NULL);
	exec_params("DELETE FROM prisma.enum_values", 0, NULL, NULL, NULL);
	exec_params("DELETE FROM prisma.enums", 0, NULL, NULL, NULL);
	exec_params("DELETE FROM prisma.relations", 0, NULL, NULL, NULL);
	exec_params("DELETE FROM prisma.active_schema", 0, NULL, NULL, NULL);
}

void
catalog_clear(void)
{
	SPI_connect();
	delete_all();
	SPI_finish();
	schema_cache_invalidate_all();
}

void
catalog_write(PslSchema *schema, const char *source)
{
	Oid			types[1] = {TEXTOID};
	Datum		values[1];
	int			i;

	SPI_connect();
	delete_all();
	values[0] = CStringGetTextDatum(source);
	exec_params("INSERT INTO prisma.active_schema (source, checksum)"
				" VALUES ($1, pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to($1, 'UTF8')), 'hex'))",
				1, types, values, NULL);
	for (i = 0; i < schema->models.len; i++)
		write_model(schema, schema->models.items[i], i);
	for (i = 0; i < schema->enums.len; i++)
		write_enum(schema, schema->enums.items[i]);
	for (i = 0; i < schema->relations.len; i++)
		write_relation(schema, schema->relations.items[i], i + 1);
	SPI_finish();
	schema_cache_invalidate_all();
}

/*
 * Read with the latest snapshot rather than the statement's: the caller
 * holds the catalog lock (schema_cache_acquire), which it may have waited
 * for after its statement started, and must see the schema a push
 * committed meanwhile.  This is how PostgreSQL reads its own catalogs.
 */
char *
catalog_active_source(void)
{
	char	   *result = NULL;
	MemoryContext caller = CurrentMemoryContext;
	SPIPlanPtr	plan;

	SPI_connect();
	plan = SPI_prepare("SELECT source FROM prisma.active_schema", 0, NULL);
	if (plan == NULL)
		elog(ERROR, "prisma_ext catalog: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_execute_snapshot(plan, NULL, NULL, GetLatestSnapshot(), InvalidSnapshot,
							 true, false, 1) == SPI_OK_SELECT &&
		SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
		{
			MemoryContext spi = MemoryContextSwitchTo(caller);

			result = TextDatumGetCString(d);
			MemoryContextSwitchTo(spi);
		}
	}
	SPI_finish();
	return result;
}

Oid
catalog_relid(const char *name)
{
	Oid			nsp = get_namespace_oid("prisma", true);

	return OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;
}

Oid
catalog_active_schema_relid(void)
{
	return catalog_relid("active_schema");
}
