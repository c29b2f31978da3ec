/*
 * query_columns.c
 *		SQL fragments for fields: table and column references, the output
 *		expression that encodes a column the way Prisma Client returns it,
 *		and the cast that turns a text parameter into the column's type.
 *
 * Output encodings (SPEC §3): DateTime as ISO-8601 UTC with milliseconds,
 * BigInt and Decimal as strings (Decimal via prisma._decimal_text, which
 * prints like decimal.js), Bytes as base64, Json embedded, enums by their
 * Prisma names, scalar lists as arrays (NULL reads as []).
 * Identifiers come only from the validated schema and are quoted.  Every
 * type, function and operator is named with its schema ("Name resolution"
 * in prisma_ext.h): pg_catalog for built-ins, the extension's schema for
 * citext.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

#include "query.h"

/* Is the field's column a citext (an extension type with its own operators)? */
static bool
is_citext(PslField *f)
{
	return f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_STRING &&
		f->native_type && strcmp(f->native_type->name, "Citext") == 0;
}

/*
 * Is a String field's column of a character type (text, varchar, char,
 * citext), rather than Uuid, Inet, Xml or a bit string?
 */
bool
query_field_is_text(PslField *f)
{
	static const char *const text_types[] = {"Text", "VarChar", "Char", "Citext"};
	int			i;

	if (!f->native_type)
		return true;
	for (i = 0; i < (int) lengthof(text_types); i++)
		if (strcmp(f->native_type->name, text_types[i]) == 0)
			return true;
	return false;
}

/* The namespace of an installed extension (PostgreSQL 15 keeps its own lookup static). */
static Oid
extension_namespace(Oid ext)
{
	Relation	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	Oid			nsp = InvalidOid;

	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(ext));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
		nsp = ((Form_pg_extension) GETSTRUCT(tuple))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return nsp;
}

/*
 * SQL built from catalog lookups other than the schema's can go stale
 * without a new schema; the shape cache keeps no program that made one.
 */
int			query_catalog_lookups = 0;

/*
 * The text search configuration full-text filters use, as a constant
 * ('pg_catalog.english'::pg_catalog.regconfig): the session's
 * default_text_search_config, as Prisma's to_tsvector(text) uses it, but
 * written out so that a GIN index on to_tsvector('english', col) matches
 * the expression.  A setting, so no shape cache keeps it.
 */
char *
query_text_search_config_sql(void)
{
	const char *cfg = GetConfigOption("default_text_search_config", false, false);

	query_catalog_lookups++;
	return psprintf("%s::pg_catalog.regconfig", quote_literal_cstr(cfg));
}

/* The quoted schema the citext extension is installed in. */
static const char *
citext_schema(void)
{
	Oid			ext = get_extension_oid("citext", true);
	char	   *nsp = OidIsValid(ext) ? get_namespace_name(extension_namespace(ext)) : NULL;

	query_catalog_lookups++;

	if (nsp == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("a @db.Citext field needs the citext extension, which is not installed"),
				 errhint("CREATE EXTENSION citext;")));
	return quote_identifier(nsp);
}

const char *
query_operator_sql(PslField *field, const char *op)
{
	static const char *const builtin[][2] = {
		{"=", "OPERATOR(pg_catalog.=)"}, {"<>", "OPERATOR(pg_catalog.<>)"},
		{"<", "OPERATOR(pg_catalog.<)"}, {"<=", "OPERATOR(pg_catalog.<=)"},
		{">", "OPERATOR(pg_catalog.>)"}, {">=", "OPERATOR(pg_catalog.>=)"},
		{"~~", "OPERATOR(pg_catalog.~~)"}, {"~~*", "OPERATOR(pg_catalog.~~*)"}
	};
	int			i;

	if (field && is_citext(field))
		return psprintf("OPERATOR(%s.%s)", citext_schema(), op);
	for (i = 0; i < (int) lengthof(builtin); i++)
		if (strcmp(builtin[i][0], op) == 0)
			return builtin[i][1];
	return psprintf("OPERATOR(pg_catalog.%s)", op);
}

/* The schema a model's table lives in. */
static const char *
model_schema(PslModel *m)
{
	return m->db_schema ? m->db_schema : "public";
}

const char *
query_table_sql(PslModel *model)
{
	return psprintf("%s.%s", quote_identifier(model_schema(model)),
					quote_identifier(model->db_name));
}

char *
query_column_sql(const char *alias, PslField *field)
{
	return psprintf("%s.%s", alias, quote_identifier(field->db_name));
}

/* The qualified type name of an enum. */
static char *
enum_type_sql(PslEnum *e)
{
	return psprintf("%s.%s", quote_identifier(e->db_schema ? e->db_schema : "public"),
					quote_identifier(e->db_name));
}

/* The PostgreSQL type of a scalar field, without the list brackets. */
static const char *
element_type_sql(PslField *f)
{
	const char *nt = f->native_type ? f->native_type->name : NULL;

	if (f->kind == PSL_FIELD_ENUM)
		return enum_type_sql(f->enum_type);
	if (is_citext(f))
		return psprintf("%s.citext", citext_schema());
	switch (f->scalar)
	{
		case PSL_TYPE_STRING:
			if (nt && strcmp(nt, "Uuid") == 0)
				return "pg_catalog.uuid";
			if (nt && strcmp(nt, "Inet") == 0)
				return "pg_catalog.inet";
			if (nt && strcmp(nt, "Xml") == 0)
				return "pg_catalog.xml";
			if (nt && (strcmp(nt, "Bit") == 0 || strcmp(nt, "VarBit") == 0))
				return "pg_catalog.varbit";
			if (nt && strcmp(nt, "Char") == 0)
				return "pg_catalog.bpchar";
			return "pg_catalog.text";
		case PSL_TYPE_BOOLEAN:
			return "pg_catalog.bool";
		case PSL_TYPE_INT:
			if (nt && strcmp(nt, "SmallInt") == 0)
				return "pg_catalog.int2";
			if (nt && strcmp(nt, "Oid") == 0)
				return "pg_catalog.oid";
			return "pg_catalog.int4";
		case PSL_TYPE_BIGINT:
			return "pg_catalog.int8";
		case PSL_TYPE_FLOAT:
			if (nt && strcmp(nt, "Real") == 0)
				return "pg_catalog.float4";
			return "pg_catalog.float8";
		case PSL_TYPE_DECIMAL:
			if (nt && strcmp(nt, "Money") == 0)
				return "pg_catalog.money";
			return "pg_catalog.numeric";
		case PSL_TYPE_DATETIME:
			if (nt && strcmp(nt, "Timestamptz") == 0)
				return "pg_catalog.timestamptz";
			if (nt && strcmp(nt, "Date") == 0)
				return "pg_catalog.date";
			if (nt && strcmp(nt, "Time") == 0)
				return "pg_catalog.time";
			if (nt && strcmp(nt, "Timetz") == 0)
				return "pg_catalog.timetz";
			return "pg_catalog.timestamp";
		case PSL_TYPE_JSON:
			if (nt && strcmp(nt, "Json") == 0)
				return "pg_catalog.json";
			return "pg_catalog.jsonb";
		case PSL_TYPE_BYTES:
			return "pg_catalog.bytea";
		default:
			return "pg_catalog.text";
	}
}

const char *
query_field_type_sql(PslField *field)
{
	if (field->arity == PSL_LIST)
		return psprintf("%s[]", element_type_sql(field));
	return element_type_sql(field);
}

/* Does the enum map any value to a different database label? */
static bool
enum_is_mapped(PslEnum *e)
{
	int			i;

	for (i = 0; i < e->values.len; i++)
	{
		PslEnumValue *v = e->values.items[i];

		if (strcmp(v->name, v->db_name) != 0)
			return true;
	}
	return false;
}

/* The JSON-ready expression for one (non-list) value expression x. */
static char *
encode_element(PslField *f, const char *x)
{
	const char *nt = f->native_type ? f->native_type->name : NULL;

	if (f->kind == PSL_FIELD_ENUM)
	{
		StringInfoData buf;
		int			i;

		if (!enum_is_mapped(f->enum_type))
			return psprintf("%s::pg_catalog.text", x);
		/* a searched CASE: "CASE x WHEN" would look "=" up on the path */
		initStringInfo(&buf);
		appendStringInfoString(&buf, "CASE");
		for (i = 0; i < f->enum_type->values.len; i++)
		{
			PslEnumValue *v = f->enum_type->values.items[i];

			appendStringInfo(&buf, " WHEN %s::pg_catalog.text OPERATOR(pg_catalog.=) %s THEN %s",
							 x, quote_literal_cstr(v->db_name), quote_literal_cstr(v->name));
		}
		appendStringInfoString(&buf, " END");
		return buf.data;
	}
	switch (f->scalar)
	{
		case PSL_TYPE_BIGINT:
			return psprintf("%s::pg_catalog.text", x);
		case PSL_TYPE_DECIMAL:
			return psprintf("prisma._decimal_text(%s::pg_catalog.numeric)", x);
		case PSL_TYPE_DATETIME:
			if (nt && strcmp(nt, "Timestamptz") == 0)
				return psprintf("prisma._timestamp_text(%s AT TIME ZONE 'UTC')", x);
			if (nt && strcmp(nt, "Date") == 0)
				return psprintf("pg_catalog.to_char(%s, 'YYYY-MM-DD\"T00:00:00.000Z\"')", x);
			if (nt && strcmp(nt, "Time") == 0)
				return psprintf("pg_catalog.to_char('1970-01-01'::pg_catalog.date OPERATOR(pg_catalog.+) %s, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')", x);
			/* Prisma drops a timetz's offset: 13:14+02 reads as 13:14Z */
			if (nt && strcmp(nt, "Timetz") == 0)
				return psprintf("pg_catalog.to_char('1970-01-01'::pg_catalog.date OPERATOR(pg_catalog.+) %s::pg_catalog.time, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')", x);
			return psprintf("prisma._timestamp_text(%s)", x);
		case PSL_TYPE_BYTES:
			return psprintf("pg_catalog.translate(pg_catalog.encode(%s, 'base64'), E'\\n', '')", x);
		case PSL_TYPE_STRING:
			/* inet's output function, unlike its text cast, omits a host's /32 or /128 */
			if (nt && strcmp(nt, "Inet") == 0)
				return psprintf("pg_catalog.inet_out(%s)::pg_catalog.text", x);
			if (nt && (strcmp(nt, "Uuid") == 0 ||
					   strcmp(nt, "Xml") == 0 || strcmp(nt, "Bit") == 0 ||
					   strcmp(nt, "VarBit") == 0 || strcmp(nt, "Citext") == 0))
				return psprintf("%s::pg_catalog.text", x);
			return pstrdup(x);
		case PSL_TYPE_INT:
			/* oid has no JSON number form of its own */
			if (nt && strcmp(nt, "Oid") == 0)
				return psprintf("%s::pg_catalog.int8", x);
			return pstrdup(x);
		default:
			return pstrdup(x);
	}
}

/* Does a list element need a per-element conversion? */
static bool
needs_element_encoding(PslField *f)
{
	char	   *plain = encode_element(f, "x");

	return strcmp(plain, "x") != 0;
}

/* The JSON-ready expression for a value expression of a (non-list) field's type. */
char *
query_encode_sql(PslField *field, const char *expr)
{
	return encode_element(field, expr);
}

char *
query_output_sql(const char *alias, PslField *field)
{
	char	   *col = query_column_sql(alias, field);

	if (field->arity == PSL_LIST)
	{
		/* Prisma reads a NULL list as [] */
		if (!needs_element_encoding(field))
			return psprintf("COALESCE(pg_catalog.to_json(%s), '[]'::pg_catalog.json)", col);
		return psprintf("COALESCE((SELECT pg_catalog.json_agg(%s ORDER BY o) FROM pg_catalog.unnest(%s) WITH ORDINALITY AS u(e, o)), '[]'::pg_catalog.json)",
						encode_element(field, "u.e"), col);
	}
	return encode_element(field, col);
}

/*
 * A DateTime field's value from a timestamptz expression (an instant):
 * the UTC wall time for the zoneless types, at offset +00 for a timetz.
 */
static char *
datetime_from_instant_sql(PslField *f, const char *instant)
{
	const char *nt = f->native_type ? f->native_type->name : NULL;

	if (nt && strcmp(nt, "Timestamptz") == 0)
		return pstrdup(instant);
	if (nt && strcmp(nt, "Timetz") == 0)
		return psprintf("(((%s AT TIME ZONE 'UTC')::pg_catalog.time)::pg_catalog.text OPERATOR(pg_catalog.||) '+00')::pg_catalog.timetz", instant);
	return psprintf("(%s AT TIME ZONE 'UTC')::%s", instant, element_type_sql(f));
}

/*
 * The SQL for a parameter value: "$n" cast to the field's type, with the
 * conversions text input needs (time zones, base64, enum labels).
 * element: cast to the element type even for a list field (for has/in).
 */
char *
query_param_sql(QStatement *st, QValue *v, bool element)
{
	PslField   *f = v->field;
	int			n;
	const char *nt = f->native_type ? f->native_type->name : NULL;
	const char *type = element ? element_type_sql(f) : query_field_type_sql(f);

	if (v->is_null)
		return psprintf("NULL::%s", type);
	n = query_add_value_param(st, v);
	if (v->is_list)
	{
		const char *et = element_type_sql(f);

		if (f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_DATETIME &&
			!(nt && strcmp(nt, "Timestamptz") == 0))
			return psprintf("ARRAY(SELECT %s FROM pg_catalog.unnest($%d::pg_catalog.timestamptz[]) WITH ORDINALITY AS u(e, o) ORDER BY o)",
							datetime_from_instant_sql(f, "e"), n);
		if (f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_BYTES)
			return psprintf("ARRAY(SELECT pg_catalog.decode(e, 'base64') FROM pg_catalog.unnest($%d::pg_catalog.text[]) WITH ORDINALITY AS u(e, o) ORDER BY o)", n);
		return psprintf("$%d::%s[]", n, et);
	}
	if (f->kind == PSL_FIELD_SCALAR)
	{
		switch (f->scalar)
		{
			case PSL_TYPE_DATETIME:
				return datetime_from_instant_sql(f, psprintf("$%d::pg_catalog.timestamptz", n));
			case PSL_TYPE_BYTES:
				return psprintf("pg_catalog.decode($%d, 'base64')", n);
			default:
				break;
		}
	}
	return psprintf("$%d::%s", n, type);
}
