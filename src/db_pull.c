/*
 * db_pull.c
 *		prisma.db_pull(): introspect the live tables into a Prisma schema,
 *		as `prisma db pull` does, whoever made them.
 *
 * The catalog is read into plain structs (tables, columns, keys, indexes,
 * foreign keys, enums), then printed as PSL with Prisma's introspection
 * conventions and laid out by psl_format:
 *   - models are the tables sorted by schema and name, fields the columns in order,
 *     then the relation fields; enums follow, sorted by name;
 *   - types and native types as Prisma maps them (@db.* only where the
 *     column differs from the type's default);
 *   - defaults: autoincrement() for a sequence, now(), literals, and
 *     dbgenerated("...") for any other expression;
 *   - keys and indexes: @id / @@id, @unique / @@unique, @@index, with
 *     map: only for a name Prisma would not give it;
 *   - relations from foreign keys, visited by (schema, table, constraint):
 *     the referencing model gets a field named after the referenced model,
 *     the referenced one a back field named after the referencing model
 *     ("other_" for a self relation); when two relations join the same
 *     models, each is named <table>_<columns>To<referenced table> and the
 *     fields carry the name; implicit m-n tables (_AToB with columns A, B)
 *     become list fields on both sides;
 *   - referential actions only where they differ from Prisma's defaults;
 *   - a table with no primary key and no unique index on required columns
 *     is an @@ignore'd model with Prisma's comment, and relation fields to
 *     it are @ignore'd.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "common/base64.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/snapmgr.h"

#include "migrate.h"
#include "db_pull.h"
#include "ddl_exec.h"
#include "ddl_history.h"
#include "migration_records.h"
#include "prisma_ext.h"
#include "psl_format.h"

PG_FUNCTION_INFO_V1(prisma_db_pull);
PG_FUNCTION_INFO_V1(prisma_migrate_diff_from_database);
PG_FUNCTION_INFO_V1(prisma_migrate_diff_to_database);

typedef struct PullColumn
{
	char	   *name;
	char	   *type;			/* typname of the element type */
	char	   *type_schema;
	char		typtype;		/* 'e' for an enum */
	int			typmod;
	bool		is_array;
	bool		not_null;
	char	   *default_expr;	/* pg_get_expr, or NULL */
	int			attnum;
} PullColumn;

typedef struct PullIndex
{
	char	   *name;
	bool		primary;
	bool		unique;
	char	   *method;			/* btree, hash, gin... */
	List	   *columns;		/* char * */
	List	   *desc;			/* int (bool) per column */
	bool		is_constraint;
} PullIndex;

typedef struct PullTable PullTable;

typedef struct PullForeignKey
{
	char	   *name;
	PullTable  *from;
	PullTable  *to;
	List	   *columns;		/* char * */
	List	   *referenced;		/* char * */
	char		on_delete;
	char		on_update;
} PullForeignKey;

struct PullTable
{
	char	   *schema;
	char	   *name;			/* the table's name */
	char	   *model;			/* its model name (sanitized) */
	Oid			oid;
	List	   *columns;		/* PullColumn * */
	List	   *indexes;		/* PullIndex * */
	StringInfoData relation_fields;
	bool		join_table;		/* an implicit m-n table */
	PullTable  *join_a;			/* its A and B models, when it is one */
	PullTable  *join_b;
	bool		ignored;		/* no usable unique identifier: @@ignore */
};

typedef struct PullEnum
{
	char	   *name;
	char	   *schema;
	List	   *labels;			/* char * */
} PullEnum;

typedef struct Pull
{
	List	   *tables;			/* PullTable *, by (schema, name) */
	List	   *foreign_keys;	/* PullForeignKey *, by (schema, table, name) */
	List	   *enums;			/* PullEnum * */
	bool		multi_schema;
	ArrayType  *schemas;
} Pull;

/* A SPI text column, copied to the current (caller's) context by the caller's switch. */
static char *
col(int row, int n)
{
	char	   *v = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, n);

	return v ? pstrdup(v) : NULL;
}

/* Column n (from 1) of row `row` of the last catalog query, an oid. */
static Oid
col_oid(int row, int n)
{
	return (Oid) strtoul(SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, n), NULL, 10);
}

/*
 * A name as Prisma's introspection makes it valid: each character other
 * than a letter, digit or _ becomes _, and leading non-letters go.
 */
static char *
sanitized(const char *name)
{
	char	   *out = pstrdup(name);
	char	   *c;

	for (c = out; *c; c++)
		if (!isalnum((unsigned char) *c) && *c != '_')
			*c = '_';
	for (c = out; *c && !isalpha((unsigned char) *c); c++)
		;
	return *c ? c : psprintf("x%s", out);
}

static PullTable *
find_table(Pull *p, Oid oid)
{
	ListCell   *lc;

	foreach(lc, p->tables)
		if (((PullTable *) lfirst(lc))->oid == oid)
			return lfirst(lc);
	return NULL;
}

/* Run a catalog query over the schemas ($1, text[]) with SPI; rows in SPI_tuptable. */
static void
catalog_query(Pull *p, const char *sql)
{
	Oid			types[1] = {TEXTARRAYOID};
	Datum		values[1] = {PointerGetDatum(p->schemas)};
	SPIPlanPtr	plan = SPI_prepare(sql, 1, types);

	/* the latest snapshot: a migrate command reads the catalog after waiting for its locks */
	if (plan == NULL ||
		SPI_execute_snapshot(plan, values, NULL, GetLatestSnapshot(), InvalidSnapshot,
							 true, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "prisma_ext db_pull: catalog query failed: %s", sql);
}

/* The tables of the schemas, by (schema, name), without an extension's or _prisma_migrations. */
static void
read_tables(Pull *p, MemoryContext ctx)
{
	uint64		i;
	MemoryContext spi;

	catalog_query(p,
				  "SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c"
				  " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
				  " WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1) AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}')"
				  " AND NOT c.relispartition AND c.relname OPERATOR(pg_catalog.<>) '_prisma_migrations'"
				  " AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
				  "  AND d.objid OPERATOR(pg_catalog.=) c.oid AND d.deptype OPERATOR(pg_catalog.=) 'e')"
				  " ORDER BY n.nspname COLLATE \"C\", c.relname COLLATE \"C\"");
	spi = MemoryContextSwitchTo(ctx);
	for (i = 0; i < SPI_processed; i++)
	{
		PullTable  *t = palloc0(sizeof(PullTable));

		CHECK_FOR_INTERRUPTS();
		t->oid = col_oid(i, 1);
		t->schema = col(i, 2);
		t->name = col(i, 3);
		t->model = sanitized(t->name);
		initStringInfo(&t->relation_fields);
		p->tables = lappend(p->tables, t);
	}
	MemoryContextSwitchTo(spi);
}

/* Each table's columns, in order: type (of the element, for an array), nullability, default. */
static void
read_columns(Pull *p, MemoryContext ctx)
{
	uint64		i;
	MemoryContext spi;

	catalog_query(p,
				  "SELECT a.attrelid, a.attname, et.typname, etn.nspname, et.typtype, a.atttypmod,"
				  " t.typcategory OPERATOR(pg_catalog.=) 'A', a.attnotnull,"
				  " pg_catalog.pg_get_expr(d.adbin, d.adrelid)"
				  " FROM pg_catalog.pg_attribute a"
				  " JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) a.attrelid"
				  " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
				  " JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) a.atttypid"
				  " JOIN pg_catalog.pg_type et ON et.oid OPERATOR(pg_catalog.=) CASE WHEN t.typelem OPERATOR(pg_catalog.<>) 0 AND t.typcategory OPERATOR(pg_catalog.=) 'A' THEN t.typelem ELSE t.oid END"
				  " JOIN pg_catalog.pg_namespace etn ON etn.oid OPERATOR(pg_catalog.=) et.typnamespace"
				  " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid OPERATOR(pg_catalog.=) a.attrelid AND d.adnum OPERATOR(pg_catalog.=) a.attnum"
				  " WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1) AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped"
				  " ORDER BY a.attrelid, a.attnum");
	spi = MemoryContextSwitchTo(ctx);
	for (i = 0; i < SPI_processed; i++)
	{
		PullTable  *t = find_table(p, col_oid(i, 1));
		PullColumn *c;

		CHECK_FOR_INTERRUPTS();
		if (t == NULL)
			continue;
		c = palloc0(sizeof(PullColumn));
		c->name = col(i, 2);
		c->type = col(i, 3);
		c->type_schema = col(i, 4);
		c->typtype = col(i, 5)[0];
		c->typmod = atoi(col(i, 6));
		c->is_array = col(i, 7)[0] == 't';
		c->not_null = col(i, 8)[0] == 't';
		c->default_expr = col(i, 9);
		t->columns = lappend(t->columns, c);
	}
	MemoryContextSwitchTo(spi);
}

/* Each table's keys and indexes (not partial or on expressions): key columns, order, method. */
static void
read_indexes(Pull *p, MemoryContext ctx)
{
	uint64		i;
	MemoryContext spi;

	catalog_query(p,
				  "SELECT i.indrelid, ic.relname, i.indisprimary, i.indisunique, am.amname,"
				  " (SELECT pg_catalog.array_agg(a.attname ORDER BY k.o) FROM pg_catalog.unnest(i.indkey) WITH ORDINALITY k(attnum, o)"
				  "   JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) i.indrelid AND a.attnum OPERATOR(pg_catalog.=) k.attnum"
				  "   WHERE k.o OPERATOR(pg_catalog.<=) i.indnkeyatts),"
				  " (SELECT pg_catalog.array_agg((opt OPERATOR(pg_catalog.&) 1)::pg_catalog.int4 ORDER BY o) FROM pg_catalog.unnest(i.indoption::pg_catalog.int2[]) WITH ORDINALITY x(opt, o)),"
				  " EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.conindid OPERATOR(pg_catalog.=) i.indexrelid AND k.contype OPERATOR(pg_catalog.=) ANY ('{p,u}'))"
				  " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid OPERATOR(pg_catalog.=) i.indexrelid"
				  " JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indrelid"
				  " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
				  " JOIN pg_catalog.pg_am am ON am.oid OPERATOR(pg_catalog.=) ic.relam"
				  " WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1) AND i.indexprs IS NULL AND i.indpred IS NULL"
				  " ORDER BY i.indrelid, i.indisprimary DESC, ic.relname COLLATE \"C\"");
	spi = MemoryContextSwitchTo(ctx);
	for (i = 0; i < SPI_processed; i++)
	{
		PullTable  *t = find_table(p, col_oid(i, 1));
		PullIndex  *x;
		bool		isnull;
		Datum		d;
		Datum	   *elems;
		int			n,
					k;

		CHECK_FOR_INTERRUPTS();
		if (t == NULL)
			continue;
		x = palloc0(sizeof(PullIndex));
		x->name = col(i, 2);
		x->primary = col(i, 3)[0] == 't';
		x->unique = col(i, 4)[0] == 't';
		x->method = col(i, 5);
		x->is_constraint = col(i, 8)[0] == 't';
		d = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 6, &isnull);
		deconstruct_array(DatumGetArrayTypeP(d), NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR, &elems, NULL, &n);
		for (k = 0; k < n; k++)
			x->columns = lappend(x->columns, pstrdup(NameStr(*DatumGetName(elems[k]))));
		d = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 7, &isnull);
		if (!isnull)
		{
			deconstruct_array(DatumGetArrayTypeP(d), INT4OID, 4, true, TYPALIGN_INT, &elems, NULL, &n);
			for (k = 0; k < n; k++)
				x->desc = lappend_int(x->desc, DatumGetInt32(elems[k]));
		}
		t->indexes = lappend(t->indexes, x);
	}
	MemoryContextSwitchTo(spi);
}

/* The foreign keys between the tables, by (schema, table, name). */
static void
read_foreign_keys(Pull *p, MemoryContext ctx)
{
	uint64		i;
	MemoryContext spi;

	catalog_query(p,
				  "SELECT k.conrelid, k.confrelid, k.conname, k.confdeltype, k.confupdtype,"
				  " (SELECT pg_catalog.array_agg(a.attname ORDER BY x.o) FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY x(attnum, o)"
				  "   JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) k.conrelid AND a.attnum OPERATOR(pg_catalog.=) x.attnum),"
				  " (SELECT pg_catalog.array_agg(a.attname ORDER BY x.o) FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY x(attnum, o)"
				  "   JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) k.confrelid AND a.attnum OPERATOR(pg_catalog.=) x.attnum)"
				  " FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) k.conrelid"
				  " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
				  " WHERE k.contype OPERATOR(pg_catalog.=) 'f' AND n.nspname OPERATOR(pg_catalog.=) ANY ($1)"
				  " ORDER BY n.nspname COLLATE \"C\", c.relname COLLATE \"C\", k.conname COLLATE \"C\"");
	spi = MemoryContextSwitchTo(ctx);
	for (i = 0; i < SPI_processed; i++)
	{
		PullForeignKey *fk = palloc0(sizeof(PullForeignKey));
		bool		isnull;
		Datum	   *elems;
		int			n,
					k,
					side;

		CHECK_FOR_INTERRUPTS();
		fk->from = find_table(p, col_oid(i, 1));
		fk->to = find_table(p, col_oid(i, 2));
		if (fk->from == NULL || fk->to == NULL)
			continue;
		fk->name = col(i, 3);
		fk->on_delete = col(i, 4)[0];
		fk->on_update = col(i, 5)[0];
		for (side = 6; side <= 7; side++)
		{
			Datum		d = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, side, &isnull);

			deconstruct_array(DatumGetArrayTypeP(d), NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR, &elems, NULL, &n);
			for (k = 0; k < n; k++)
			{
				char	   *name = pstrdup(NameStr(*DatumGetName(elems[k])));

				if (side == 6)
					fk->columns = lappend(fk->columns, name);
				else
					fk->referenced = lappend(fk->referenced, name);
			}
		}
		p->foreign_keys = lappend(p->foreign_keys, fk);
	}
	MemoryContextSwitchTo(spi);
}

/* The enums of the schemas, with their labels in order. */
static void
read_enums(Pull *p, MemoryContext ctx)
{
	uint64		i;
	MemoryContext spi;

	catalog_query(p,
				  "SELECT t.typname, pg_catalog.array_agg(e.enumlabel::pg_catalog.text ORDER BY e.enumsortorder), n.nspname"
				  " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace"
				  " JOIN pg_catalog.pg_enum e ON e.enumtypid OPERATOR(pg_catalog.=) t.oid"
				  " WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1) GROUP BY n.nspname, t.typname"
				  " ORDER BY n.nspname COLLATE \"C\", t.typname COLLATE \"C\"");
	spi = MemoryContextSwitchTo(ctx);
	for (i = 0; i < SPI_processed; i++)
	{
		PullEnum   *e = palloc0(sizeof(PullEnum));
		bool		isnull;
		Datum	   *labels;
		int			n,
					k;

		CHECK_FOR_INTERRUPTS();
		e->name = col(i, 1);
		e->schema = col(i, 3);
		deconstruct_array(DatumGetArrayTypeP(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &isnull)),
						  TEXTOID, -1, false, TYPALIGN_INT, &labels, NULL, &n);
		for (k = 0; k < n; k++)
			e->labels = lappend(e->labels, TextDatumGetCString(labels[k]));
		p->enums = lappend(p->enums, e);
	}
	MemoryContextSwitchTo(spi);
}

/* Read the catalog (inside SPI_connect; everything is copied to ctx). */
static void
read_catalog(Pull *p, MemoryContext ctx)
{
	read_tables(p, ctx);
	read_columns(p, ctx);
	read_indexes(p, ctx);
	read_foreign_keys(p, ctx);
	read_enums(p, ctx);
}

/* A PSL string literal. */
static char *
psl_string(const char *s)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '"');
	for (; *s; s++)
	{
		if (*s == '"' || *s == '\\')
			appendStringInfoChar(&buf, '\\');
		if (*s == '\n')
			appendStringInfoString(&buf, "\\n");
		else
			appendStringInfoChar(&buf, *s);
	}
	appendStringInfoChar(&buf, '"');
	return buf.data;
}

/* The Prisma type and @db attribute (or NULL) of a column. */
static void
column_type(PullColumn *c, const char **type, char **native)
{
	int			mod = c->typmod;
	int			prec = mod >= 0 ? mod - VARHDRSZ : -1;

	*native = NULL;
	if (c->typtype == 'e')
	{
		*type = sanitized(c->type);
		return;
	}
#define IS(t) (strcmp(c->type, t) == 0)
	if (IS("int4"))
		*type = "Int";
	else if (IS("int2"))
		*type = "Int", *native = "@db.SmallInt";
	else if (IS("oid"))
		*type = "Int", *native = "@db.Oid";
	else if (IS("int8"))
		*type = "BigInt";
	else if (IS("float8"))
		*type = "Float";
	else if (IS("float4"))
		*type = "Float", *native = "@db.Real";
	else if (IS("numeric"))
	{
		*type = "Decimal";
		if (mod < 0)
			*native = "@db.Decimal";
		else if (!((prec >> 16) == 65 && (prec & 0xffff) == 30))
			*native = psprintf("@db.Decimal(%d, %d)", (prec >> 16) & 0xffff, prec & 0xffff);
	}
	else if (IS("money"))
		*type = "Decimal", *native = "@db.Money";
	else if (IS("text"))
		*type = "String";
	else if (IS("varchar"))
		*type = "String", *native = mod < 0 ? "@db.VarChar" : psprintf("@db.VarChar(%d)", prec);
	else if (IS("bpchar"))
		*type = "String", *native = mod < 0 ? "@db.Char" : psprintf("@db.Char(%d)", prec);
	else if (IS("uuid") || IS("xml") || IS("inet") || IS("citext"))
	{
		*type = "String";
		*native = IS("uuid") ? "@db.Uuid" : IS("xml") ? "@db.Xml" : IS("inet") ? "@db.Inet" : "@db.Citext";
	}
	else if (IS("bit") || IS("varbit"))
		*type = "String", *native = mod < 0 ? (IS("bit") ? "@db.Bit" : "@db.VarBit")
			: psprintf("@db.%s(%d)", IS("bit") ? "Bit" : "VarBit", mod);
	else if (IS("bool"))
		*type = "Boolean";
	else if (IS("timestamp") || IS("timestamptz") || IS("time") || IS("timetz"))
	{
		const char *names[] = {"Timestamp", "Timestamptz", "Time", "Timetz"};
		int			k = IS("timestamp") ? 0 : IS("timestamptz") ? 1 : IS("time") ? 2 : 3;

		/* no precision is PostgreSQL's default, 6 */
		*type = "DateTime";
		if (!(k == 0 && mod == 3))
			*native = psprintf("@db.%s(%d)", names[k], mod < 0 ? 6 : mod);
	}
	else if (IS("date"))
		*type = "DateTime", *native = "@db.Date";
	else if (IS("jsonb"))
		*type = "Json";
	else if (IS("json"))
		*type = "Json", *native = "@db.Json";
	else if (IS("bytea"))
		*type = "Bytes";
	else
		*type = psprintf("Unsupported(%s)", psl_string(c->type));
#undef IS
}

/* Is s[0..len) a number, as PostgreSQL prints one (-1, 2.5, 1e-05)? */
static bool
is_number(const char *s, int len)
{
	int			i = s[0] == '-' ? 1 : 0;

	if (i >= len || !isdigit((unsigned char) s[i]))
		return false;
	for (; i < len; i++)
		if (!isdigit((unsigned char) s[i]) && s[i] != '.' && s[i] != 'e' && s[i] != '-' && s[i] != '+')
			return false;
	return true;
}

/* The hex digits of a bytea literal (\x...) as base64, in a PSL string. */
static char *
bytes_as_base64(const char *hex)
{
	int			n = (int) strlen(hex) / 2;
	char	   *raw;
	char	   *b64 = palloc(pg_b64_enc_len(n) + 1);
	int			i,
				len;

	if (strlen(hex) % 2 != 0)
		return NULL;
	raw = palloc(n + 1);
	for (i = 0; i < n; i++)
	{
		char		byte[3] = {hex[2 * i], hex[2 * i + 1], '\0'};

		if (!isxdigit((unsigned char) byte[0]) || !isxdigit((unsigned char) byte[1]))
			return NULL;
		raw[i] = (char) strtol(byte, NULL, 16);
	}
	len = pg_b64_encode(raw, n, b64, pg_b64_enc_len(n));
	if (len < 0)
		return NULL;
	b64[len] = '\0';
	return psl_string(b64);
}

/*
 * One literal of a default, s[0..len), as PSL prints it for a field of
 * type (enum when is_enum): 'text'::type, a number (maybe in parentheses,
 * maybe cast), true or false.  NULL when it is none of those.
 */
static char *
literal_value(const char *s, int len, const char *type, bool is_enum)
{
	const char *cast;

	while (len > 0 && isspace((unsigned char) s[len - 1]))
		len--;
	while (len > 0 && isspace((unsigned char) *s))
		s++, len--;
	if (len > 0 && s[0] == '\'')
	{
		/* 'text'::type: undouble the quotes up to the closing one */
		StringInfoData v;
		int			i;

		initStringInfo(&v);
		for (i = 1; i < len; i++)
		{
			if (s[i] == '\'' && (i + 1 >= len || s[i + 1] != '\''))
				break;
			if (s[i] == '\'')
				i++;
			appendStringInfoChar(&v, s[i]);
		}
		if (i >= len || i + 3 > len || strncmp(s + i + 1, "::", 2) != 0 ||
			memchr(s + i + 1, '\'', len - i - 1) != NULL)
			return NULL;
		if (is_enum)
			return sanitized(v.data);
		if (strcmp(type, "String") == 0 || strcmp(type, "Json") == 0)
			return psl_string(v.data);
		if (strcmp(type, "Bytes") == 0)
			return strncmp(v.data, "\\x", 2) == 0 ? bytes_as_base64(v.data + 2) : NULL;
		if (strcmp(type, "Decimal") == 0 || strcmp(type, "BigInt") == 0 || strcmp(type, "Float") == 0 ||
			strcmp(type, "Int") == 0)
			return is_number(v.data, v.len) ? v.data : NULL;
		return NULL;
	}
	if (len == 4 && strncmp(s, "true", 4) == 0)
		return pstrdup("true");
	if (len == 5 && strncmp(s, "false", 5) == 0)
		return pstrdup("false");
	/* a number, maybe parenthesized, maybe cast: (1.1)::double precision */
	cast = NULL;
	for (int i = 0; i + 1 < len; i++)
		if (s[i] == ':' && s[i + 1] == ':')
		{
			cast = s + i;
			break;
		}
	if (cast)
		len = (int) (cast - s);
	if (len >= 2 && s[0] == '(' && s[len - 1] == ')')
		s++, len -= 2;
	return is_number(s, len) ? pnstrdup(s, len) : NULL;
}

/*
 * The elements of ARRAY[...] in a list default as a PSL list, or NULL when
 * one of them is not a literal.
 */
static char *
list_value(const char *e, const char *type, bool is_enum)
{
	const char *body;
	const char *end;
	const char *item;
	const char *p;
	bool		quoted = false;
	int			depth = 0;
	StringInfoData out;

	if (strncmp(e, "ARRAY[", 6) != 0 || (end = strrchr(e, ']')) == NULL || end[1] != '\0')
		return NULL;
	body = e + 6;
	initStringInfo(&out);
	appendStringInfoChar(&out, '[');
	for (item = p = body; p <= end; p++)
	{
		char	   *v;

		if (*p == '\'')
			quoted = !quoted;	/* a doubled quote toggles twice */
		if (quoted)
			continue;
		if (*p == '(' || *p == '[')
			depth++;
		else if ((*p == ')' || *p == ']') && p < end)
			depth--;
		if (!((*p == ',' && depth == 0) || p == end))
			continue;
		if ((v = literal_value(item, (int) (p - item), type, is_enum)) == NULL)
			return NULL;
		appendStringInfo(&out, "%s%s", out.len > 1 ? ", " : "", v);
		item = p + 1;
	}
	appendStringInfoChar(&out, ']');
	return out.data;
}

/*
 * The @default of a column from its expression: autoincrement(), now(), a
 * literal or a list of them, else dbgenerated("...").
 */
static char *
column_default(PullColumn *c, const char *type)
{
	const char *e = c->default_expr;
	const char *unwrapped;
	char	   *v;

	if (e == NULL)
		return NULL;
	if (strncmp(e, "nextval(", 8) == 0)
		return pstrdup("@default(autoincrement())");
	if (strcmp(e, "CURRENT_TIMESTAMP") == 0 || strcmp(e, "now()") == 0)
		return pstrdup("@default(now())");
	/* an empty list, maybe cast twice: (ARRAY[]::timestamp without time zone[])::timestamp(3)... */
	for (unwrapped = e; *unwrapped == '('; unwrapped++)
		;
	if (c->is_array && (strncmp(unwrapped, "'{}'::", 6) == 0 || strncmp(unwrapped, "ARRAY[]::", 9) == 0))
		return pstrdup("@default([])");
	v = c->is_array ? list_value(e, type, c->typtype == 'e')
		: literal_value(e, (int) strlen(e), type, c->typtype == 'e');
	if (v)
		return psprintf("@default(%s)", v);
	return psprintf("@default(dbgenerated(%s))", psl_string(e));
}

/* "a, b" of the fields of a list of columns; with sort: Desc where desc says so. */
static char *
name_list(List *names, List *desc)
{
	StringInfoData buf;
	ListCell   *lc;
	int			i = 0;

	initStringInfo(&buf);
	foreach(lc, names)
	{
		appendStringInfo(&buf, "%s%s%s", i ? ", " : "", sanitized(lfirst(lc)),
						 desc && i < list_length(desc) && list_nth_int(desc, i) ? "(sort: Desc)" : "");
		i++;
	}
	return buf.data;
}

/* Prisma's default name of an index or constraint over columns: Table_a_b_<suffix>, cut to 63 bytes. */
static char *
default_index_name(PullTable *t, List *columns, const char *suffix)
{
	PslArena   *arena = psl_arena_create();
	PslVec		names = {0};
	ListCell   *lc;

	foreach(lc, columns)
		psl_vec_push(arena, &names, lfirst(lc));
	return pstrdup(psl_constraint_name(arena, t->name, &names, suffix));
}

/* Is the table an implicit m-n table: _Name with exactly A and B, both foreign keys? */
static bool
is_join_table(Pull *p, PullTable *t)
{
	int			fks = 0;
	ListCell   *lc;

	if (t->name[0] != '_' || list_length(t->columns) != 2 ||
		strcmp(((PullColumn *) linitial(t->columns))->name, "A") != 0 ||
		strcmp(((PullColumn *) lsecond(t->columns))->name, "B") != 0)
		return false;
	foreach(lc, p->foreign_keys)
	{
		PullForeignKey *fk = lfirst(lc);

		if (fk->from != t)
			continue;
		fks++;
		if (strcmp(linitial(fk->columns), "A") == 0)
			t->join_a = fk->to;
		else
			t->join_b = fk->to;
	}
	/* Prisma's A side is the model whose table sorts first; else it is a model of its own */
	if (fks == 2 && t->join_a && t->join_b && strcmp(t->join_a->name, t->join_b->name) <= 0)
		return true;
	t->join_a = t->join_b = NULL;
	return false;
}

/*
 * Has the table no identifier Prisma Client can use: no primary key and no
 * unique index on required columns only?  Prisma ignores such a model.
 */
static bool
lacks_identifier(PullTable *t)
{
	ListCell   *lc;

	foreach(lc, t->indexes)
	{
		PullIndex  *x = lfirst(lc);
		bool		required = x->primary || x->unique;
		ListCell   *k;

		foreach(k, x->columns)
		{
			ListCell   *c;

			foreach(c, t->columns)
			{
				PullColumn *column = lfirst(c);

				if (strcmp(column->name, lfirst(k)) == 0 && !column->not_null)
					required = false;
			}
		}
		if (required)
			return false;
	}
	return true;
}

/* How many relations join models a and b (foreign keys either way, m-n tables). */
static int
relations_between(Pull *p, PullTable *a, PullTable *b)
{
	int			n = 0;
	ListCell   *lc;

	foreach(lc, p->foreign_keys)
	{
		PullForeignKey *fk = lfirst(lc);

		if (fk->from->join_table)
			continue;
		if ((fk->from == a && fk->to == b) || (fk->from == b && fk->to == a))
			n++;
	}
	foreach(lc, p->tables)
	{
		PullTable  *t = lfirst(lc);

		if (t->join_table &&
			((t->join_a == a && t->join_b == b) || (t->join_a == b && t->join_b == a)))
			n++;
	}
	return n;
}

/* Are the foreign key's columns exactly a unique index or key of its table (1-1)? */
static bool
fk_is_unique(PullForeignKey *fk)
{
	ListCell   *lc;

	foreach(lc, fk->from->indexes)
	{
		PullIndex  *x = lfirst(lc);
		ListCell   *a;
		bool		same = x->unique && list_length(x->columns) == list_length(fk->columns);

		if (!same)
			continue;
		foreach(a, x->columns)
		{
			ListCell   *b;
			bool		found = false;

			foreach(b, fk->columns)
				if (strcmp(lfirst(a), lfirst(b)) == 0)
					found = true;
			same = same && found;
		}
		if (same)
			return true;
	}
	return false;
}

/* How many of the foreign key's columns are nullable? */
static int
fk_nullable_columns(PullForeignKey *fk)
{
	ListCell   *lc,
			   *k;
	int			n = 0;

	foreach(lc, fk->columns)
		foreach(k, fk->from->columns)
		{
			PullColumn *c = lfirst(k);

			if (strcmp(c->name, lfirst(lc)) == 0 && !c->not_null)
				n++;
		}
	return n;
}

/* Prisma's word for a referential action code of pg_constraint. */
static const char *
action_word(char code)
{
	switch (code)
	{
		case 'c':
			return "Cascade";
		case 'n':
			return "SetNull";
		case 'd':
			return "SetDefault";
		case 'r':
			return "Restrict";
		default:
			return "NoAction";
	}
}

/* " @ignore" for a relation field of model to an ignored model (Prisma's rule). */
static const char *
ignored_side(PullTable *model, PullTable *other)
{
	return other->ignored && !model->ignored ? " @ignore" : "";
}

/* The fields of each foreign key's relation, on both models, visited in Prisma's order. */
static void
add_foreign_key_fields(Pull *p)
{
	ListCell   *lc;

	foreach(lc, p->foreign_keys)
	{
		PullForeignKey *fk = lfirst(lc);
		bool		ambiguous = relations_between(p, fk->from, fk->to) > 1;
		bool		self = fk->from == fk->to;
		char	   *rel = NULL;
		char	   *forward;
		char	   *back;
		StringInfoData attrs;

		if (fk->from->join_table)
			continue;
		if (ambiguous)
		{
			StringInfoData name;
			ListCell   *c;

			initStringInfo(&name);
			appendStringInfoString(&name, fk->from->name);
			foreach(c, fk->columns)
				appendStringInfo(&name, "_%s", (char *) lfirst(c));
			appendStringInfo(&name, "To%s", fk->to->name);
			rel = name.data;
			forward = psprintf("%s_%s", fk->to->model, rel);
			back = psprintf("%s%s_%s", self ? "other_" : "", fk->from->model, rel);
		}
		else
		{
			if (self)
				rel = psprintf("%sTo%s", fk->from->name, fk->to->name);
			forward = fk->to->model;
			back = psprintf("%s%s", self ? "other_" : "", fk->from->model);
		}
		initStringInfo(&attrs);
		appendStringInfo(&attrs, "@relation(%s%sfields: [%s], references: [%s]", rel ? psl_string(rel) : "",
						 rel ? ", " : "", name_list(fk->columns, NIL), name_list(fk->referenced, NIL));
		{
			/*
			 * the field is optional when a column is; onDelete defaults to
			 * SetNull only when every column is (Prisma's rule)
			 */
			int			nullable = fk_nullable_columns(fk);
			bool		optional = nullable > 0;
			char		default_delete = nullable == list_length(fk->columns) ? 'n' : 'r';

			if (fk->on_delete != default_delete)
				appendStringInfo(&attrs, ", onDelete: %s", action_word(fk->on_delete));
			if (fk->on_update != 'c')
				appendStringInfo(&attrs, ", onUpdate: %s", action_word(fk->on_update));
			if (strcmp(fk->name, default_index_name(fk->from, fk->columns, "fkey")) != 0)
				appendStringInfo(&attrs, ", map: %s", psl_string(fk->name));
			appendStringInfoChar(&attrs, ')');
			appendStringInfo(&fk->from->relation_fields, "  %s %s%s %s%s\n", forward, fk->to->model,
							 optional ? "?" : "", attrs.data, ignored_side(fk->from, fk->to));
		}
		appendStringInfo(&fk->to->relation_fields, "  %s %s%s%s%s\n", back, fk->from->model,
						 fk_is_unique(fk) ? "?" : "[]", rel ? psprintf(" @relation(%s)", psl_string(rel)) : "",
						 ignored_side(fk->to, fk->from));
	}
}

/* The list fields of each implicit m-n table's relation, on both models. */
static void
add_join_table_fields(Pull *p)
{
	ListCell   *lc;

	foreach(lc, p->tables)
	{
		PullTable  *t = lfirst(lc);
		PullTable  *a = t->join_a,
				   *b = t->join_b;
		char	   *rel = t->name + 1;

		if (!t->join_table)
			continue;
		if (a == b || relations_between(p, a, b) > 1)
		{
			/*
			 * fields named after the model and the side, and the relation
			 * too when another relation joins the same models
			 */
			char	   *infix = relations_between(p, a, b) > 1 ? psprintf("_%s", rel) : "";

			appendStringInfo(&a->relation_fields, "  %s%s_%s %s[] @relation(%s)\n", b->model, infix,
							 a == b ? "A" : "B", b->model, psl_string(rel));
			appendStringInfo(&b->relation_fields, "  %s%s_%s %s[] @relation(%s)\n", a->model, infix,
							 a == b ? "B" : "A", a->model, psl_string(rel));
		}
		else
		{
			/* the relation's name only where it is not the default AToB */
			char	   *named = strcmp(rel, psprintf("%sTo%s", a->model, b->model)) == 0 ? ""
				: psprintf(" @relation(%s)", psl_string(rel));

			appendStringInfo(&a->relation_fields, "  %s %s[]%s\n", b->model, b->model, named);
			appendStringInfo(&b->relation_fields, "  %s %s[]%s\n", a->model, a->model, named);
		}
	}
}

/* The relation fields of each foreign key and m-n table, in Prisma's order. */
static void
add_relation_fields(Pull *p)
{
	add_foreign_key_fields(p);
	add_join_table_fields(p);
}

/* One model block. */
static void
print_model(Pull *p, StringInfo out, PullTable *t)
{
	ListCell   *lc;
	StringInfoData block;

	initStringInfo(&block);
	if (t->ignored)
		appendStringInfoString(out, "\n/// The underlying table does not contain a valid unique identifier"
							   " and can therefore currently not be handled by Prisma Client.");
	appendStringInfo(out, "\nmodel %s {\n", t->model);
	foreach(lc, t->columns)
	{
		PullColumn *c = lfirst(lc);
		const char *type;
		char	   *native;
		char	   *deflt;
		ListCell   *k;
		StringInfoData attrs;

		column_type(c, &type, &native);
		deflt = column_default(c, type);
		initStringInfo(&attrs);
		foreach(k, t->indexes)
		{
			PullIndex  *x = lfirst(k);

			if (list_length(x->columns) != 1 || strcmp(linitial(x->columns), c->name) != 0 ||
				!(x->primary || x->unique) || (x->desc && linitial_int(x->desc)))
				continue;
			if (x->primary)
				appendStringInfo(&attrs, " @id%s", strcmp(x->name, default_index_name(t, NIL, "pkey")) == 0 ? ""
								 : psprintf("(map: %s)", psl_string(x->name)));
			else
				appendStringInfo(&attrs, " @unique%s", strcmp(x->name, default_index_name(t, x->columns, "key")) == 0
								 ? "" : psprintf("(map: %s)", psl_string(x->name)));
		}
		if (deflt)
			appendStringInfo(&attrs, " %s", deflt);
		if (strcmp(sanitized(c->name), c->name) != 0)
			appendStringInfo(&attrs, " @map(%s)", psl_string(c->name));
		if (native)
			appendStringInfo(&attrs, " %s", native);
		appendStringInfo(out, "  %s %s%s%s\n", sanitized(c->name),
						 type, c->is_array ? "[]" : c->not_null ? "" : "?", attrs.data);
	}
	appendStringInfoString(out, t->relation_fields.data);
	foreach(lc, t->indexes)
	{
		PullIndex  *x = lfirst(lc);
		bool		single = list_length(x->columns) == 1 && !(x->desc && linitial_int(x->desc));
		const char *suffix = x->primary ? "pkey" : x->unique ? "key" : "idx";
		char	   *dflt = x->primary ? default_index_name(t, NIL, "pkey") : default_index_name(t, x->columns, suffix);
		char	   *map = strcmp(x->name, dflt) == 0 ? "" : psprintf(", map: %s", psl_string(x->name));

		if ((x->primary || x->unique) && single)
			continue;
		appendStringInfo(&block, "  @@%s([%s]%s%s)\n", x->primary ? "id" : x->unique ? "unique" : "index",
						 name_list(x->columns, x->desc), map,
						 strcmp(x->method, "btree") == 0 ? ""
						 : psprintf(", type: %c%s", toupper((unsigned char) x->method[0]), x->method + 1));
	}
	if (strcmp(t->model, t->name) != 0)
		appendStringInfo(&block, "  @@map(%s)\n", psl_string(t->name));
	if (t->ignored)
		appendStringInfoString(&block, "  @@ignore\n");
	if (p->multi_schema)
		appendStringInfo(&block, "  @@schema(%s)\n", psl_string(t->schema));
	if (block.len)
		appendStringInfo(out, "\n%s", block.data);
	appendStringInfoString(out, "}\n");
}

/* list_sort comparator of C strings, byte order. */
static int
compare_names(const ListCell *a, const ListCell *b)
{
	return strcmp(lfirst(a), lfirst(b));
}

/* The whole schema text, before formatting. */
static char *
print_schema(Pull *p)
{
	StringInfoData out;
	ListCell   *lc;
	Datum	   *names;
	int			n,
				i;

	initStringInfo(&out);
	appendStringInfoString(&out, "datasource db {\n  provider = \"postgresql\"\n");
	if (p->multi_schema)
	{
		List	   *sorted = NIL;
		ListCell   *k;

		deconstruct_array(p->schemas, TEXTOID, -1, false, TYPALIGN_INT, &names, NULL, &n);
		for (i = 0; i < n; i++)
			sorted = lappend(sorted, TextDatumGetCString(names[i]));
		list_sort(sorted, compare_names);
		appendStringInfoString(&out, "  schemas  = [");
		i = 0;
		foreach(k, sorted)
			appendStringInfo(&out, "%s%s", i++ ? ", " : "", psl_string(lfirst(k)));
		appendStringInfoString(&out, "]\n");
	}
	appendStringInfoString(&out, "}\n");
	foreach(lc, p->tables)
		if (!((PullTable *) lfirst(lc))->join_table)
			print_model(p, &out, lfirst(lc));
	foreach(lc, p->enums)
	{
		PullEnum   *e = lfirst(lc);
		ListCell   *k;

		appendStringInfo(&out, "\nenum %s {\n", sanitized(e->name));
		foreach(k, e->labels)
		{
			char	   *l = lfirst(k);

			appendStringInfo(&out, "  %s\n", strcmp(sanitized(l), l) == 0 ? l
							 : psprintf("%s @map(%s)", sanitized(l), psl_string(l)));
		}
		if (strcmp(sanitized(e->name), e->name) != 0)
			appendStringInfo(&out, "\n  @@map(%s)\n", psl_string(e->name));
		if (p->multi_schema)
			appendStringInfo(&out, "%s  @@schema(%s)\n", strcmp(sanitized(e->name), e->name) != 0 ? "" : "\n",
							 psl_string(e->schema));
		appendStringInfoString(&out, "}\n");
	}
	return out.data;
}

char *
db_pull_schema(ArrayType *schemas, bool multi_schema)
{
	Pull		p;
	MemoryContext caller = CurrentMemoryContext;
	PslArena   *arena = psl_arena_create();
	PslDiagnostics diags;
	char	   *text;
	char	   *formatted;
	ListCell   *lc;
	int			nest;

	memset(&p, 0, sizeof(p));
	p.schemas = schemas;
	p.multi_schema = multi_schema;
	nest = ddl_pin_output_settings();
	SPI_connect();
	read_catalog(&p, caller);
	SPI_finish();
	ddl_unpin_settings(nest);
	foreach(lc, p.tables)
	{
		PullTable  *t = lfirst(lc);

		t->join_table = is_join_table(&p, t);
		t->ignored = !t->join_table && lacks_identifier(t);
	}
	add_relation_fields(&p);
	text = print_schema(&p);
	psl_diag_init(&diags, arena, text, (int) strlen(text));
	formatted = psl_format(arena, text, (int) strlen(text), &diags);
	return pstrdup(formatted ? formatted : text);
}

/* The schemas a Prisma schema manages: its datasource's, else its default. */
ArrayType *
managed_schemas(PslSchema *schema)
{
	PslDatasource *ds = schema ? schema->datasource : NULL;
	int			n = ds && ds->schemas.len > 0 ? ds->schemas.len : 1;
	Datum	   *names = palloc(n * sizeof(Datum));
	int			i;

	if (ds && ds->schemas.len > 0)
		for (i = 0; i < n; i++)
			names[i] = CStringGetTextDatum((char *) ds->schemas.items[i]);
	else
		names[0] = CStringGetTextDatum(schema && schema->default_schema ? schema->default_schema : "public");
	return construct_array(names, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/* The schemas of a text[] that exist. */
static ArrayType *
existing_schemas(ArrayType *given)
{
	Datum	   *names;
	Datum	   *existing;
	int			n,
				k = 0,
				i;

	deconstruct_array(given, TEXTOID, -1, false, TYPALIGN_INT, &names, NULL, &n);
	existing = palloc((n + 1) * sizeof(Datum));
	for (i = 0; i < n; i++)
		if (OidIsValid(get_namespace_oid(TextDatumGetCString(names[i]), true)))
			existing[k++] = names[i];
	return construct_array(existing, k, TEXTOID, -1, false, TYPALIGN_INT);
}

/* Errors of the schema db_pull read say where it came from. */
static void
introspection_context(void *arg)
{
	errcontext("the Prisma schema of the live tables, as prisma.db_pull() prints it");
}

/* The live tables of schemas, parsed for the migration engine (see db_pull.h). */
PslSchema *
db_pull_load(PslArena *arena, ArrayType *schemas, bool multi_schema, bool *valid)
{
	ArrayType  *existing = existing_schemas(schemas);
	char	   *live;
	PslDiagnostics diags;
	PslSchema  *database;

	if (valid)
		*valid = true;
	/* none exists: nothing, so the diff creates them */
	if (ArrayGetNItems(ARR_NDIM(existing), ARR_DIMS(existing)) == 0)
		return NULL;
	live = db_pull_schema(existing, multi_schema);
	if (valid == NULL)
	{
		ErrorContextCallback context;

		context.callback = introspection_context;
		context.arg = NULL;
		context.previous = error_context_stack;
		error_context_stack = &context;
		database = psl_load_or_error(arena, live, (int) strlen(live), NULL);
		error_context_stack = context.previous;
		return database;
	}
	psl_diag_init(&diags, arena, live, (int) strlen(live));
	database = psl_load(arena, live, (int) strlen(live), &diags);
	*valid = database != NULL && diags.nerrors == 0;
	return *valid ? database : NULL;
}

/*
 * The schemas to introspect: those given (NULL: the active schema's
 * datasource schemas, else public), the ones that exist; multi_schema
 * when a list is given or the active schema has one.
 */
static ArrayType *
pull_schemas(FunctionCallInfo fcinfo, int arg, bool *multi_schema)
{
	ArrayType  *given;

	if (PG_ARGISNULL(arg))
	{
		PslSchema  *active = schema_cache_acquire(AccessShareLock);

		given = managed_schemas(active);
		*multi_schema = psl_schema_is_multi(active);
	}
	else
	{
		given = PG_GETARG_ARRAYTYPE_P(arg);
		*multi_schema = true;
	}
	return existing_schemas(given);
}

/*
 * prisma.db_pull(schemas text[] DEFAULT NULL) returns text
 */
Datum
prisma_db_pull(PG_FUNCTION_ARGS)
{
	bool		multi;
	ArrayType  *schemas;

	/* the datasource lists the schemas asked for, existing or not, as Prisma prints them */
	if (!PG_ARGISNULL(0))
		PG_RETURN_TEXT_P(cstring_to_text(db_pull_schema(PG_GETARG_ARRAYTYPE_P(0), true)));
	schemas = pull_schemas(fcinfo, 0, &multi);
	PG_RETURN_TEXT_P(cstring_to_text(db_pull_schema(schemas, multi)));
}

/* migrate_diff from (or to) the live database and a schema text. */
static Datum
diff_with_database(FunctionCallInfo fcinfo, bool database_first)
{
	PslArena   *arena = psl_arena_create();
	bool		multi;
	ArrayType  *schemas;
	char	   *source;
	PslSchema  *database;
	PslSchema  *schema = NULL;
	MigrateWarnings warnings;
	PslVec		steps;

	if (!PG_ARGISNULL(0))
	{
		source = text_to_cstring(PG_GETARG_TEXT_PP(0));
		schema = psl_load_or_error(arena, source, (int) strlen(source), NULL);
	}
	schemas = pull_schemas(fcinfo, 1, &multi);
	database = db_pull_load(arena, schemas, multi, NULL);
	memset(&warnings, 0, sizeof(warnings));
	steps = database_first
		? migrate_diff_steps_live(arena, database, true, schema, MS_NAMES_PRISMA, &warnings)
		: migrate_diff_steps(arena, schema, database, MS_NAMES_PRISMA, &warnings);
	PG_RETURN_TEXT_P(cstring_to_text(migrate_render_script(arena, &steps)));
}

/*
 * prisma.migrate_diff_from_database(to_schema text, schemas text[]) returns text
 */
Datum
prisma_migrate_diff_from_database(PG_FUNCTION_ARGS)
{
	return diff_with_database(fcinfo, true);
}

/*
 * prisma.migrate_diff_to_database(from_schema text, schemas text[]) returns text
 */
Datum
prisma_migrate_diff_to_database(PG_FUNCTION_ARGS)
{
	return diff_with_database(fcinfo, false);
}
