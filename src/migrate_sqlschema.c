/*
 * migrate_sqlschema.c
 *		Compute the SQL schema model (MsSchema) of a validated PslSchema:
 *		tables, columns with rendered types and defaults, primary keys,
 *		indexes, foreign keys, enums and implicit many-to-many join tables,
 *		following Prisma's PostgreSQL schema calculator.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "migrate.h"


/* Prisma's native-type names and their SQL spelling. */
static const struct
{
	const char *psl;
	const char *sql;
}			native_names[] =
{
	{"VarChar", "VARCHAR"}, {"Char", "CHAR"}, {"Text", "TEXT"}, {"Uuid", "UUID"},
	{"Xml", "XML"}, {"Inet", "INET"}, {"Citext", "CITEXT"}, {"Bit", "BIT"},
	{"VarBit", "VARBIT"}, {"SmallInt", "SMALLINT"}, {"Integer", "INTEGER"},
	{"BigInt", "BIGINT"}, {"Oid", "OID"}, {"Real", "REAL"},
	{"DoublePrecision", "DOUBLE PRECISION"}, {"Decimal", "DECIMAL"},
	{"Money", "MONEY"}, {"Timestamp", "TIMESTAMP"}, {"Timestamptz", "TIMESTAMPTZ"},
	{"Date", "DATE"}, {"Time", "TIME"}, {"Timetz", "TIMETZ"},
	{"Boolean", "BOOLEAN"}, {"Json", "JSON"}, {"JsonB", "JSONB"},
	{"ByteA", "BYTEA"},
	{NULL, NULL}
};

/* The SQL name of a Prisma native type ("DoublePrecision" -> "DOUBLE PRECISION"). */
static const char *
native_sql_name(const char *psl)
{
	int			i;

	for (i = 0; native_names[i].psl; i++)
		if (strcmp(native_names[i].psl, psl) == 0)
			return native_names[i].sql;
	return psl;
}

/* "a""b" */
char *
ms_quote_ident(PslArena *arena, const char *name)
{
	PslBuf		b;
	const char *p;

	psl_buf_init(&b);
	psl_buf_putc(&b, '"');
	for (p = name; *p; p++)
	{
		if (*p == '"')
			psl_buf_putc(&b, '"');
		psl_buf_putc(&b, *p);
	}
	psl_buf_putc(&b, '"');
	return psl_buf_finish(&b, arena);
}

/* 'it''s' */
char *
ms_quote_literal(PslArena *arena, const char *value)
{
	PslBuf		b;
	const char *p;

	psl_buf_init(&b);
	psl_buf_putc(&b, '\'');
	for (p = value; *p; p++)
	{
		if (*p == '\'')
			psl_buf_putc(&b, '\'');
		psl_buf_putc(&b, *p);
	}
	psl_buf_putc(&b, '\'');
	return psl_buf_finish(&b, arena);
}

/* "name", or "schema"."name" outside unqualified_schema */
char *
ms_qualified(PslArena *arena, const char *unqualified_schema, const char *schema,
			 const char *name)
{
	if (schema == NULL ||
		(unqualified_schema != NULL && strcmp(schema, unqualified_schema) == 0))
		return ms_quote_ident(arena, name);
	return psl_printf(arena, "%s.%s", ms_quote_ident(arena, schema),
					  ms_quote_ident(arena, name));
}

char *
ms_name(PslArena *arena, MsSchema *s, const char *schema, const char *name)
{
	return ms_qualified(arena, s->naming == MS_NAMES_PRISMA ? s->default_schema : NULL,
						schema, name);
}

MsTable *
ms_find_table(MsSchema *s, const char *schema, const char *name)
{
	int			i;

	for (i = 0; i < s->tables.len; i++)
	{
		MsTable    *t = s->tables.items[i];

		if (strcmp(t->name, name) == 0 && strcmp(t->schema, schema) == 0)
			return t;
	}
	return NULL;
}

MsColumn *
ms_find_column(MsTable *t, const char *name)
{
	int			i;

	for (i = 0; i < t->columns.len; i++)
	{
		MsColumn   *c = t->columns.items[i];

		if (strcmp(c->name, name) == 0)
			return c;
	}
	return NULL;
}

MsEnum *
ms_find_enum(MsSchema *s, const char *schema, const char *name)
{
	int			i;

	for (i = 0; i < s->enums.len; i++)
	{
		MsEnum	   *e = s->enums.items[i];

		if (strcmp(e->name, name) == 0 && strcmp(e->schema, schema) == 0)
			return e;
	}
	return NULL;
}

/* The schema an object lives in. */
static char *
schema_of(PslSchema *ps, const char *db_schema)
{
	if (db_schema != NULL)
		return (char *) db_schema;
	return (char *) (ps->default_schema ? ps->default_schema : "public");
}

/* Fill the native type of a column from a field's scalar type / @db.X. */
static void
set_native_type(MsColumn *col, PslField *f)
{
	if (f->native_type != NULL)
	{
		col->native = f->native_type->name;
		col->nargs = f->native_type->nargs;
		col->args[0] = f->native_type->args[0];
		col->args[1] = f->native_type->args[1];
		return;
	}
	col->nargs = 0;
	switch (f->scalar)
	{
		case PSL_TYPE_STRING:
			col->native = "Text";
			break;
		case PSL_TYPE_BOOLEAN:
			col->native = "Boolean";
			break;
		case PSL_TYPE_INT:
			col->native = "Integer";
			break;
		case PSL_TYPE_BIGINT:
			col->native = "BigInt";
			break;
		case PSL_TYPE_FLOAT:
			col->native = "DoublePrecision";
			break;
		case PSL_TYPE_DECIMAL:
			col->native = "Decimal";
			col->nargs = 2;
			col->args[0] = 65;
			col->args[1] = 30;
			break;
		case PSL_TYPE_DATETIME:
			col->native = "Timestamp";
			col->nargs = 1;
			col->args[0] = 3;
			break;
		case PSL_TYPE_JSON:
			col->native = "JsonB";
			break;
		case PSL_TYPE_BYTES:
			col->native = "ByteA";
			break;
		default:
			col->native = "Text";
			break;
	}
}

/* Render a column's base type (no [] and no SERIAL). */
static char *
base_type_sql(PslArena *arena, MsSchema *s, MsColumn *col)
{
	if (col->type_kind == MS_TYPE_ENUM)
		return ms_name(arena, s, col->enum_schema, col->enum_name);
	if (col->type_kind == MS_TYPE_UNSUPPORTED)
		return psl_strdup(arena, col->unsupported);
	if (col->nargs == 2)
		return psl_printf(arena, "%s(%d,%d)", native_sql_name(col->native),
						  col->args[0], col->args[1]);
	if (col->nargs == 1)
		return psl_printf(arena, "%s(%d)", native_sql_name(col->native), col->args[0]);
	return psl_strdup(arena, native_sql_name(col->native));
}

/* Decode base64 into bytes; returns the length. */
static size_t
base64_decode(const char *in, unsigned char *out)
{
	size_t		n = 0;
	unsigned int acc = 0;
	int			bits = 0;
	const char *p;

	for (p = in; *p; p++)
	{
		int			v;

		if (*p >= 'A' && *p <= 'Z')
			v = *p - 'A';
		else if (*p >= 'a' && *p <= 'z')
			v = *p - 'a' + 26;
		else if (*p >= '0' && *p <= '9')
			v = *p - '0' + 52;
		else if (*p == '+' || *p == '-')
			v = 62;
		else if (*p == '/' || *p == '_')
			v = 63;
		else
			continue;
		acc = (acc << 6) | (unsigned) v;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			out[n++] = (unsigned char) ((acc >> bits) & 0xFF);
		}
	}
	return n;
}

/* '\x68656c6c6f' for a base64 Bytes default. */
static char *
render_bytes(PslArena *arena, const char *b64)
{
	unsigned char *bytes = psl_alloc(arena, strlen(b64) + 1);
	size_t		n = base64_decode(b64, bytes);
	PslBuf		b;
	size_t		i;

	psl_buf_init(&b);
	psl_buf_puts(&b, "'\\x");
	for (i = 0; i < n; i++)
		psl_buf_printf(&b, "%02x", bytes[i]);
	psl_buf_putc(&b, '\'');
	return psl_buf_finish(&b, arena);
}

/*
 * An RFC 3339 DateTime literal as Prisma prints it:
 * 'YYYY-MM-DD HH:MM:SS[.fff|.ffffff|.fffffffff] +HH:MM'.  NULL if unparsable.
 */
static char *
render_datetime(PslArena *arena, const char *s)
{
	PslDateTime dt;
	char		frac[32] = "";
	int			off;

	if (psl_parse_datetime(s, &dt) != PSL_DT_OK)
		return NULL;
	if (dt.nanosecond != 0)
	{
		if (dt.nanosecond % 1000000 == 0)
			snprintf(frac, sizeof(frac), ".%03d", dt.nanosecond / 1000000);
		else if (dt.nanosecond % 1000 == 0)
			snprintf(frac, sizeof(frac), ".%06d", dt.nanosecond / 1000);
		else
			snprintf(frac, sizeof(frac), ".%09d", dt.nanosecond);
	}
	off = dt.offset_seconds < 0 ? -dt.offset_seconds : dt.offset_seconds;
	return psl_printf(arena, "'%04d-%02d-%02d %02d:%02d:%02d%s %c%02d:%02d'",
					  dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, frac,
					  dt.offset_seconds < 0 ? '-' : '+', off / 3600, off / 60 % 60);
}

/* Render one scalar default literal for a field; sets the comparison flags. */
static char *
render_scalar_default(PslArena *arena, PslField *f, MsColumn *col, PslExpr *e)
{
	const char *v = e->value ? e->value : "";

	if (f->kind == PSL_FIELD_ENUM && f->enum_type != NULL)
	{
		int			i;

		for (i = 0; i < f->enum_type->values.len; i++)
		{
			PslEnumValue *ev = f->enum_type->values.items[i];

			if (strcmp(ev->name, v) == 0)
				return ms_quote_literal(arena, ev->db_name);
		}
		return ms_quote_literal(arena, v);
	}
	switch (f->scalar)
	{
		case PSL_TYPE_BOOLEAN:
			return psl_strdup(arena, v);
		case PSL_TYPE_INT:
		case PSL_TYPE_BIGINT:
			col->default_numeric = true;
			return psl_strdup(arena, v);
		case PSL_TYPE_FLOAT:
			col->default_numeric = true;
			if (strcmp(v, "-0.0") == 0 || strcmp(v, "-0") == 0)
				return psl_strdup(arena, v + 1);
			return psl_decimal_plain(arena, v);
		case PSL_TYPE_DECIMAL:
			col->default_numeric = true;
			return psl_decimal_plain(arena, v);
		case PSL_TYPE_DATETIME:
			{
				char	   *dt = render_datetime(arena, v);

				col->default_datetime = true;
				return dt ? dt : ms_quote_literal(arena, v);
			}
		case PSL_TYPE_BYTES:
			return render_bytes(arena, v);
		case PSL_TYPE_JSON:
			col->default_json = true;
			return ms_quote_literal(arena, v);
		default:
			if (e->kind == PSL_EXPR_NUMBER)
				return psl_strdup(arena, v);
			return ms_quote_literal(arena, v);
	}
}

/* Compute a column's default from the field's @default. */
static void
set_default(PslArena *arena, PslField *f, MsColumn *col)
{
	PslDefault *d = &f->default_value;

	switch (d->kind)
	{
		case PSL_DEFAULT_NONE:
			break;
		case PSL_DEFAULT_AUTOINCREMENT:
			col->autoincrement = true;
			col->default_kind = MS_DEFAULT_SEQUENCE;
			break;
		case PSL_DEFAULT_NOW:
			col->default_kind = MS_DEFAULT_NOW;
			col->default_sql = "CURRENT_TIMESTAMP";
			break;
		case PSL_DEFAULT_DBGENERATED:
			if (d->sql != NULL)
			{
				col->default_kind = MS_DEFAULT_DBGENERATED;
				col->default_sql = d->sql;
			}
			break;
		case PSL_DEFAULT_UUID:
		case PSL_DEFAULT_CUID:
		case PSL_DEFAULT_NANOID:
		case PSL_DEFAULT_ULID:
			col->prisma_default = true;
			break;
		case PSL_DEFAULT_VALUE:
			if (d->value == NULL)
				break;
			col->default_kind = MS_DEFAULT_VALUE;
			if (d->value->kind == PSL_EXPR_ARRAY)
			{
				PslBuf		b;
				int			i;

				psl_buf_init(&b);
				psl_buf_puts(&b, "ARRAY[");
				for (i = 0; i < d->value->items.len; i++)
				{
					if (i > 0)
						psl_buf_puts(&b, ", ");
					psl_buf_puts(&b, render_scalar_default(arena, f, col,
														   d->value->items.items[i]));
				}
				psl_buf_puts(&b, "]::");
				psl_buf_puts(&b, col->type_sql);
				col->default_sql = psl_buf_finish(&b, arena);
			}
			else
				col->default_sql = render_scalar_default(arena, f, col, d->value);
			break;
	}
}

/* The column of a scalar / enum / unsupported field. */
static MsColumn *
field_column(PslArena *arena, PslSchema *ps, MsSchema *s, PslField *f)
{
	MsColumn   *col = psl_alloc(arena, sizeof(MsColumn));
	char	   *base;

	col->name = f->db_name;
	col->is_list = f->arity == PSL_LIST;
	col->not_null = f->arity == PSL_REQUIRED;
	if (f->kind == PSL_FIELD_ENUM && f->enum_type != NULL)
	{
		col->type_kind = MS_TYPE_ENUM;
		col->enum_name = f->enum_type->db_name;
		col->enum_schema = schema_of(ps, f->enum_type->db_schema);
	}
	else if (f->kind == PSL_FIELD_UNSUPPORTED)
	{
		col->type_kind = MS_TYPE_UNSUPPORTED;
		col->unsupported = f->unsupported ? f->unsupported : "";
	}
	else
	{
		col->type_kind = MS_TYPE_NATIVE;
		set_native_type(col, f);
	}
	base = base_type_sql(arena, s, col);
	col->plain_type_sql = col->is_list ? psl_printf(arena, "%s[]", base) : base;
	col->type_sql = col->plain_type_sql;
	set_default(arena, f, col);
	if (col->autoincrement && col->type_kind == MS_TYPE_NATIVE && !col->is_list)
	{
		if (strcmp(col->native, "BigInt") == 0)
			col->type_sql = "BIGSERIAL";
		else if (strcmp(col->native, "SmallInt") == 0)
			col->type_sql = "SMALLSERIAL";
		else
			col->type_sql = "SERIAL";
	}
	return col;
}

/* "JsonbPathOps" -> "jsonb_path_ops" (Prisma's operator-class spelling). */
static char *
render_opclass(PslArena *arena, const char *ops, bool raw)
{
	PslBuf		b;
	const char *p;
	static const char *const fixes[][2] = {
		{"min_max", "minmax"}, {"time_stamp", "timestamp"}, {"timestamp_tz", "timestamptz"},
		{"time_tz", "timetz"}, {"ts_vector", "tsvector"}, {"mac_addr", "macaddr"},
		{"bp_char", "bpchar"}, {"var_char", "varchar"}, {"var_bit", "varbit"},
		{"pg_lsn", "pg_lsn"}, {NULL, NULL}
	};
	char	   *s;
	int			i;

	if (raw)
		return psl_strdup(arena, ops);
	psl_buf_init(&b);
	for (p = ops; *p; p++)
	{
		if (isupper((unsigned char) *p))
		{
			if (p != ops)
				psl_buf_putc(&b, '_');
			psl_buf_putc(&b, (char) tolower((unsigned char) *p));
		}
		else
			psl_buf_putc(&b, *p);
	}
	s = psl_buf_finish(&b, arena);
	for (i = 0; fixes[i][0]; i++)
	{
		char	   *hit;

		while ((hit = strstr(s, fixes[i][0])) != NULL && strcmp(fixes[i][0], fixes[i][1]) != 0)
		{
			size_t		flen = strlen(fixes[i][0]);

			s = psl_printf(arena, "%.*s%s%s", (int) (hit - s), s, fixes[i][1], hit + flen);
		}
	}
	return s;
}

/* Sort group of an index: field-level uniques, then indexes, then @@unique. */
static int
index_group(PslIndex *ix)
{
	if (ix->kind == PSL_INDEX_UNIQUE && ix->field_level)
		return 0;
	if (ix->kind == PSL_INDEX_UNIQUE)
		return 2;
	return 1;
}

/* Position of an index's first field, for ordering field-level uniques. */
static int
index_field_pos(PslIndex *ix)
{
	if (ix->fields.len == 0)
		return 0;
	return ((PslIndexField *) ix->fields.items[0])->field->position;
}

/* Build an MsIndex from a PSL index. */
static MsIndex *
make_index(PslArena *arena, PslIndex *ix, int *next_id)
{
	MsIndex    *mi = psl_alloc(arena, sizeof(MsIndex));
	int			i;

	mi->name = ix->db_name;
	mi->unique = ix->kind == PSL_INDEX_UNIQUE;
	mi->id = (*next_id)++;
	if (ix->algorithm && strcmp(ix->algorithm, "BTree") != 0)
	{
		if (strcmp(ix->algorithm, "SpGist") == 0)
			mi->algorithm = "SPGIST";
		else
		{
			char	   *a = psl_strdup(arena, ix->algorithm);
			char	   *p;

			for (p = a; *p; p++)
				*p = (char) toupper((unsigned char) *p);
			mi->algorithm = a;
		}
	}
	for (i = 0; i < ix->fields.len; i++)
	{
		PslIndexField *f = ix->fields.items[i];
		MsIndexColumn *c = psl_alloc(arena, sizeof(MsIndexColumn));

		c->column = f->field->db_name;
		c->desc = f->sort == PSL_SORT_DESC;
		if (f->ops)
			c->opclass = render_opclass(arena, f->ops, f->ops_raw);
		psl_vec_push(arena, &mi->columns, c);
	}
	return mi;
}

/* The SQL keyword of a referential action. */
static const char *
action_sql(PslRefAction a)
{
	switch (a)
	{
		case PSL_ACTION_CASCADE:
			return "CASCADE";
		case PSL_ACTION_RESTRICT:
			return "RESTRICT";
		case PSL_ACTION_NO_ACTION:
			return "NO ACTION";
		case PSL_ACTION_SET_NULL:
			return "SET NULL";
		case PSL_ACTION_SET_DEFAULT:
			return "SET DEFAULT";
		default:
			return NULL;
	}
}

/* Whether a model becomes a table. */
static bool
model_has_table(PslModel *m)
{
	return !m->is_view;
}

/* The single id field of a model (implicit m-n references it). */
static PslField *
model_id_field(PslModel *m)
{
	int			i;

	if (m->primary_key && m->primary_key->fields.len > 0)
		return ((PslIndexField *) m->primary_key->fields.items[0])->field;
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];

		if (f->is_id)
			return f;
	}
	return NULL;
}

/* A join-table column "A"/"B" typed like the referenced id column. */
static MsColumn *
join_column(PslArena *arena, PslSchema *ps, MsSchema *s, const char *name, PslField *id)
{
	MsColumn   *col;
	PslField	copy;

	if (id == NULL)
	{
		col = psl_alloc(arena, sizeof(MsColumn));
		col->name = (char *) name;
		col->native = "Integer";
		col->type_sql = col->plain_type_sql = "INTEGER";
		col->not_null = true;
		return col;
	}
	copy = *id;
	memset(&copy.default_value, 0, sizeof(copy.default_value));
	copy.arity = PSL_REQUIRED;
	col = field_column(arena, ps, s, &copy);
	col->name = (char *) name;
	return col;
}

/* Compute the SQL schema of a PSL schema. */
MsSchema *
migrate_sql_schema(PslArena *arena, PslSchema *ps, MsNaming naming)
{
	MsSchema   *s = psl_alloc(arena, sizeof(MsSchema));
	int			i,
				j,
				g;
	int			next_table = 0,
				next_index = 0,
				next_fk = 0;
	bool		fks;
	PslVec		done_rels = {0};

	s->default_schema = "public";
	s->naming = naming;
	if (ps == NULL)
		return s;
	if (ps->default_schema)
		s->default_schema = ps->default_schema;
	fks = !(ps->datasource && ps->datasource->relation_mode_prisma);
	if (ps->datasource)
	{
		for (i = 0; i < ps->datasource->schemas.len; i++)
			psl_vec_push(arena, &s->namespaces, ps->datasource->schemas.items[i]);
		for (i = 0; i < ps->datasource->extensions.len; i++)
			psl_vec_push(arena, &s->extensions, ps->datasource->extensions.items[i]);
	}

	/* enums */
	for (i = 0; i < ps->enums.len; i++)
	{
		PslEnum    *pe = ps->enums.items[i];
		MsEnum	   *e = psl_alloc(arena, sizeof(MsEnum));

		e->schema = schema_of(ps, pe->db_schema);
		e->name = pe->db_name;
		e->id = i;
		for (j = 0; j < pe->values.len; j++)
		{
			PslEnumValue *v = pe->values.items[j];

			psl_vec_push(arena, &e->values, v->db_name);
		}
		psl_vec_push(arena, &s->enums, e);
	}

	/* model tables: columns, primary key, indexes */
	for (i = 0; i < ps->models.len; i++)
	{
		PslModel   *m = ps->models.items[i];
		MsTable    *t;

		if (!model_has_table(m))
			continue;
		t = psl_alloc(arena, sizeof(MsTable));
		t->schema = schema_of(ps, m->db_schema);
		t->name = m->db_name;
		t->id = next_table++;
		for (j = 0; j < m->fields.len; j++)
		{
			PslField   *f = m->fields.items[j];
			MsColumn   *c;

			if (f->kind == PSL_FIELD_RELATION)
				continue;
			c = field_column(arena, ps, s, f);
			c->id = t->columns.len;
			psl_vec_push(arena, &t->columns, c);
		}
		if (m->primary_key)
		{
			t->pk_name = m->primary_key->db_name;
			for (j = 0; j < m->primary_key->fields.len; j++)
			{
				PslIndexField *f = m->primary_key->fields.items[j];

				psl_vec_push(arena, &t->pk_columns,
							 f->field->db_name);
			}
		}
		for (g = 0; g < 3; g++)
		{
			PslVec		group = {0};

			for (j = 0; j < m->indexes.len; j++)
			{
				PslIndex   *ix = m->indexes.items[j];

				if (ix->kind == PSL_INDEX_PRIMARY || ix->kind == PSL_INDEX_FULLTEXT ||
					index_group(ix) != g)
					continue;
				psl_vec_push(arena, &group, ix);
			}
			if (g == 0)
			{
				/* field-level uniques in field order (stable insertion sort) */
				int			a,
							b;

				for (a = 1; a < group.len; a++)
					for (b = a; b > 0 && index_field_pos(group.items[b - 1]) >
						 index_field_pos(group.items[b]); b--)
					{
						void	   *tmp = group.items[b];

						group.items[b] = group.items[b - 1];
						group.items[b - 1] = tmp;
					}
			}
			for (j = 0; j < group.len; j++)
				psl_vec_push(arena, &t->indexes, make_index(arena, group.items[j], &next_index));
		}
		psl_vec_push(arena, &s->tables, t);
	}

	/* foreign keys, in model order and field order */
	if (fks)
	{
		for (i = 0; i < ps->models.len; i++)
		{
			PslModel   *m = ps->models.items[i];
			MsTable    *t;

			if (!model_has_table(m))
				continue;
			t = ms_find_table(s, schema_of(ps, m->db_schema), m->db_name);
			for (j = 0; j < m->fields.len; j++)
			{
				PslField   *f = m->fields.items[j];
				PslRelation *r = f->relation;
				MsForeignKey *fk;
				PslModel   *rm = f->related_model;
				int			k;

				if (f->kind != PSL_FIELD_RELATION || f->rel_fields.len == 0 ||
					rm == NULL || !model_has_table(rm) || r == NULL ||
					r->kind == PSL_REL_MANY_TO_MANY || r->fk_field != f)
					continue;
				fk = psl_alloc(arena, sizeof(MsForeignKey));
				fk->id = next_fk++;
				for (k = 0; k < f->rel_fields.len; k++)
				{
					PslField   *cf = f->rel_fields.items[k];

					psl_vec_push(arena, &fk->columns, cf->db_name);
				}
				for (k = 0; k < f->rel_references.len; k++)
				{
					PslField   *rf = f->rel_references.items[k];

					psl_vec_push(arena, &fk->ref_columns, rf->db_name);
				}
				fk->ref_schema = schema_of(ps, rm->db_schema);
				fk->ref_table = rm->db_name;
				/* the validator resolved the effective actions, defaults included */
				fk->on_delete = action_sql(r->on_delete);
				fk->on_update = action_sql(r->on_update);
				/* the validator named it (map: or Prisma's default) */
				fk->name = r->fk_name;
				psl_vec_push(arena, &t->fks, fk);
			}
		}
	}

	/* implicit many-to-many join tables, in relation-discovery order */
	for (i = 0; i < ps->models.len; i++)
	{
		PslModel   *m = ps->models.items[i];

		for (j = 0; j < m->fields.len; j++)
		{
			PslField   *f = m->fields.items[j];
			PslRelation *r = f->relation;
			PslModel   *ma,
					   *mb;
			MsTable    *t;
			MsIndex    *ix;
			MsIndexColumn *ic;
			char	   *jname;
			int			k;
			bool		seen = false;

			if (f->kind != PSL_FIELD_RELATION || r == NULL ||
				r->kind != PSL_REL_MANY_TO_MANY || r->field_a == NULL || r->field_b == NULL)
				continue;
			ma = r->field_a->model;
			mb = r->field_b->model;
			if (f->model != ma)
				continue;
			for (k = 0; k < done_rels.len; k++)
				if (done_rels.items[k] == r)
					seen = true;
			if (seen)
				continue;
			psl_vec_push(arena, &done_rels, r);

			jname = r->join_table;
			t = psl_alloc(arena, sizeof(MsTable));
			t->schema = r->join_schema ? r->join_schema : schema_of(ps, ma->db_schema);
			t->name = jname;
			t->id = next_table++;
			psl_vec_push(arena, &t->columns, join_column(arena, ps, s, "A", model_id_field(ma)));
			psl_vec_push(arena, &t->columns, join_column(arena, ps, s, "B", model_id_field(mb)));
			((MsColumn *) t->columns.items[1])->id = 1;
			t->pk_name = psl_constraint_name(arena, jname, NULL, "AB_pkey");
			psl_vec_push(arena, &t->pk_columns, "A");
			psl_vec_push(arena, &t->pk_columns, "B");
			ix = psl_alloc(arena, sizeof(MsIndex));
			ix->name = psl_constraint_name(arena, jname, NULL, "B_index");
			ix->id = next_index++;
			ic = psl_alloc(arena, sizeof(MsIndexColumn));
			ic->column = "B";
			psl_vec_push(arena, &ix->columns, ic);
			psl_vec_push(arena, &t->indexes, ix);
			if (fks)
			{
				for (k = 0; k < 2; k++)
				{
					MsForeignKey *fk = psl_alloc(arena, sizeof(MsForeignKey));
					PslModel   *rm = k == 0 ? ma : mb;
					PslField   *idf = model_id_field(rm);

					fk->name = psl_constraint_name(arena, jname, NULL, k == 0 ? "A_fkey" : "B_fkey");
					psl_vec_push(arena, &fk->columns, k == 0 ? "A" : "B");
					fk->ref_schema = schema_of(ps, rm->db_schema);
					fk->ref_table = rm->db_name;
					psl_vec_push(arena, &fk->ref_columns,
								 idf ? (idf->db_name) : "id");
					fk->on_delete = "CASCADE";
					fk->on_update = "CASCADE";
					fk->implicit = true;
					fk->id = next_fk++;
					psl_vec_push(arena, &t->fks, fk);
				}
			}
			psl_vec_push(arena, &s->tables, t);
		}
	}
	return s;
}
