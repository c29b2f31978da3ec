/*
 * query_values.c
 *		Document values: check a JSON value against a field's type and turn
 *		it into PostgreSQL input text (a QValue).
 *
 * Accepted forms follow Prisma Client and SPEC §3: numbers or strings for
 * BigInt and Decimal, ISO-8601 strings for DateTime, base64 for Bytes, any
 * JSON for Json, value names for enums, and Prisma's tagged values
 * ({"$type": "DateTime", "value": ...}).  The compiler binds the text as a
 * parameter and casts it (query_columns.c).
 */
#include "postgres.h"

#include <jansson.h>
#include <math.h>

#include "lib/stringinfo.h"

#include "query.h"

/* The JSON type name Prisma uses in "provided X" messages. */
static const char *
json_kind(json_t *v)
{
	switch (json_typeof(v))
	{
		case JSON_OBJECT:
			return "Object";
		case JSON_ARRAY:
			return "List";
		case JSON_STRING:
			return "String";
		case JSON_INTEGER:
			return "Int";
		case JSON_REAL:
			return "Float";
		case JSON_TRUE:
		case JSON_FALSE:
			return "Boolean";
		case JSON_NULL:
			return "Null";
	}
	return "Unknown";
}

/* The Prisma type of a field, as validation messages name it. */
static const char *
field_type_name(PslField *f)
{
	if (f->kind == PSL_FIELD_ENUM)
		return f->enum_type->name;
	return psl_scalar_type_name(f->scalar);
}

static void
type_error(QContext *cx, PslField *f, json_t *v)
{
	query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %s, provided %s.",
						   f->name, field_type_name(f), json_kind(v));
}

/* Shortest decimal text that reads back as the same double. */
static char *
double_text(double d)
{
	char		buf[64];
	int			prec;

	for (prec = 15; prec <= 17; prec++)
	{
		snprintf(buf, sizeof(buf), "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	return pstrdup(buf);
}

/* A number as JavaScript prints it: integers below 1e21 in full, else shortest with exponent. */
static char *
js_number_text(double d)
{
	if (fabs(d) < 1e21 && d == floor(d))
		return psprintf("%.0f", d);
	return double_text(d);
}

/*
 * A DateTime argument as the text PostgreSQL reads, or an error.  Prisma
 * reads the string as RFC 3339 (psl_parse_datetime) and then holds it in a
 * JavaScript Date, so the value reaching the database is cut to whole
 * milliseconds; the canonical form here does the same.
 */
static char *
datetime_text(QContext *cx, PslField *f, const char *s)
{
	PslDateTime dt;
	PslDateTimeError err = psl_parse_datetime(s, &dt);
	int			off;

	if (err != PSL_DT_OK)
		query_validation_error(cx, "Invalid value for argument `%s`: %s. Expected ISO-8601 DateTime.",
							   f->name, psl_datetime_error_text(err));
	off = dt.offset_seconds < 0 ? -dt.offset_seconds : dt.offset_seconds;
	return psprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d",
					dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
					dt.nanosecond / 1000000, dt.offset_seconds < 0 ? '-' : '+',
					off / 3600, off / 60 % 60);
}

/*
 * Prisma's JSON-protocol value tags: {"$type": T, "value": x}.  An object
 * whose $type is anything else is no tag but a plain object (so a type
 * error for every field except a Json one, which stores it as it is), as
 * in Prisma's engine.
 */
static const char *const prisma_tags[] = {
	"DateTime", "Decimal", "BigInt", "Bytes", "Json", "Enum", "FieldRef", "Raw", "Param"
};

/* The tag of a tagged value (x through *value), or NULL for a plain value. */
static const char *
prisma_tag(json_t *v, json_t **value)
{
	json_t	   *t;
	json_t	   *x;
	int			i;

	if (!json_is_object(v))
		return NULL;
	t = json_object_get(v, "$type");
	x = json_object_get(v, "value");
	if (!json_is_string(t) || x == NULL)
		return NULL;
	for (i = 0; i < (int) lengthof(prisma_tags); i++)
		if (strcmp(json_string_value(t), prisma_tags[i]) == 0)
		{
			*value = x;
			return prisma_tags[i];
		}
	return NULL;
}

/* The string a tagged value must carry, or an error. */
static const char *
tagged_string(QContext *cx, PslField *f, const char *tag, json_t *x)
{
	if (!json_is_string(x))
		query_validation_error(cx, "Invalid value for argument `%s`: a {\"$type\": \"%s\"} value must be a string.",
							   f->name, tag);
	return json_string_value(x);
}

/* The integer part of a plain-notation decimal ("-1.5" -> "-1", "-0.5" -> "0"). */
static char *
truncated_integer(const char *plain)
{
	char	   *out = pstrdup(plain);
	char	   *dot = strchr(out, '.');

	if (dot)
		*dot = '\0';
	if (strcmp(out, "-0") == 0 || strcmp(out, "-") == 0 || out[0] == '\0')
		return pstrdup("0");
	return out;
}

/*
 * A tagged value for a Json field: Raw carries any JSON, Json carries JSON
 * text, and the scalar tags become the JSON string (or number for a
 * Decimal) they stand for, as Prisma's engine serializes them.
 */
static char *
tagged_json_text(QContext *cx, PslField *f, const char *tag, json_t *x)
{
	if (strcmp(tag, "Raw") == 0)
		return json_dumps(x, JSON_COMPACT | JSON_ENCODE_ANY);
	if (strcmp(tag, "Json") == 0)
	{
		json_error_t err;
		json_t	   *parsed = json_loads(tagged_string(cx, f, tag, x), JSON_DECODE_ANY, &err);

		if (parsed == NULL)
			query_validation_error(cx, "Invalid value for argument `%s`: the {\"$type\": \"Json\"} value is not JSON text (%s).",
								   f->name, err.text);
		return json_dumps(parsed, JSON_COMPACT | JSON_ENCODE_ANY);
	}
	if (strcmp(tag, "Decimal") == 0)
	{
		const char *d = tagged_string(cx, f, tag, x);

		if (!psl_is_decimal_text(d, false))
			query_validation_error(cx, "Invalid value for argument `%s`: `%s` is not a decimal number.", f->name, d);
		return pstrdup(psl_decimal_plain(cx->arena, d));
	}
	(void) tagged_string(cx, f, tag, x);
	return json_dumps(x, JSON_COMPACT | JSON_ENCODE_ANY);
}

/*
 * A tagged value checked against the field's type: DateTime for DateTime
 * fields, Decimal for Decimal and Float (and Int, cut toward zero, as
 * Prisma does), BigInt for BigInt, Bytes for Bytes, Enum for enums, Raw
 * and Json for Json fields.  Returns the input text where the tag changes
 * how the value reads, else NULL: the caller then reads the tag's string
 * as a plain value of the field.
 */
static char *
tagged_value_text(QContext *cx, PslField *f, const char *tag, json_t *x, bool *as_json)
{
	PslScalarType t = f->kind == PSL_FIELD_SCALAR ? f->scalar : PSL_TYPE_NONE;
	const char *s;

	if (strcmp(tag, "FieldRef") == 0)
		query_not_supported(cx, "field references ({\"$type\": \"FieldRef\"}) are");
	if (strcmp(tag, "Param") == 0)
		query_validation_error(cx, "Argument `%s`: {\"$type\": \"Param\"} placeholders are not accepted: pass the value itself.",
							   f->name);
	if (t == PSL_TYPE_JSON)
	{
		*as_json = true;
		return tagged_json_text(cx, f, tag, x);
	}
	if (strcmp(tag, "Decimal") == 0 && (t == PSL_TYPE_FLOAT || t == PSL_TYPE_INT))
	{
		s = tagged_string(cx, f, tag, x);
		if (!psl_is_decimal_text(s, false))
			query_validation_error(cx, "Invalid value for argument `%s`: `%s` is not a decimal number.", f->name, s);
		s = psl_decimal_plain(cx->arena, s);
		return t == PSL_TYPE_INT ? truncated_integer(s) : pstrdup(s);
	}
	if ((strcmp(tag, "DateTime") == 0 && t == PSL_TYPE_DATETIME) ||
		(strcmp(tag, "BigInt") == 0 && t == PSL_TYPE_BIGINT) ||
		(strcmp(tag, "Decimal") == 0 && t == PSL_TYPE_DECIMAL) ||
		(strcmp(tag, "Bytes") == 0 && t == PSL_TYPE_BYTES) ||
		(strcmp(tag, "Enum") == 0 && f->kind == PSL_FIELD_ENUM))
	{
		(void) tagged_string(cx, f, tag, x);
		return NULL;
	}
	query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %s, provided %s.",
						   f->name, field_type_name(f), tag);
	return NULL;
}

/*
 * The input text of a string or number leaf as it stands: the string, the
 * integer in full, the real as the shortest text that reads back the same.
 * The value conversions below that need nothing else use it, and the shape
 * cache binds it again for a new document of a cached shape.
 */
char *
query_leaf_text(json_t *leaf)
{
	if (json_is_string(leaf))
		return pstrdup(json_string_value(leaf));
	if (json_is_integer(leaf))
		return psprintf("%lld", (long long) json_integer_value(leaf));
	Assert(json_is_real(leaf));
	return double_text(json_real_value(leaf));
}

/*
 * Is the field's input text of this (untagged) value just its leaf text,
 * with no check that could fail for another value of the same JSON type?
 */
static bool
is_plain_leaf_value(PslField *f, json_t *v)
{
	if (f->kind != PSL_FIELD_SCALAR)
		return false;
	switch (f->scalar)
	{
		case PSL_TYPE_STRING:
			return json_is_string(v);
		case PSL_TYPE_INT:
		case PSL_TYPE_BIGINT:
		case PSL_TYPE_DECIMAL:
			return json_is_integer(v);
		case PSL_TYPE_FLOAT:
			return json_is_integer(v) || json_is_real(v);
		default:
			return false;
	}
}

/* The PostgreSQL input text of one scalar/enum value, or an error. */
static char *
value_text(QContext *cx, PslField *f, json_t *raw, bool *as_json)
{
	json_t	   *v = raw;
	const char *tag = prisma_tag(raw, &v);

	*as_json = false;
	if (tag != NULL)
	{
		char	   *text = tagged_value_text(cx, f, tag, v, as_json);

		if (text != NULL)
			return text;
	}
	if (f->kind == PSL_FIELD_ENUM)
	{
		int			i;

		if (!json_is_string(v))
			type_error(cx, f, v);
		for (i = 0; i < f->enum_type->values.len; i++)
		{
			PslEnumValue *ev = f->enum_type->values.items[i];

			if (strcmp(ev->name, json_string_value(v)) == 0)
				return pstrdup(ev->db_name);
		}
		query_validation_error(cx, "Invalid value for argument `%s`. Expected %s.",
							   f->name, f->enum_type->name);
	}
	switch (f->scalar)
	{
		case PSL_TYPE_STRING:
			if (!json_is_string(v))
				type_error(cx, f, v);
			return query_leaf_text(v);
		case PSL_TYPE_BOOLEAN:
			if (!json_is_boolean(v))
				type_error(cx, f, v);
			return pstrdup(json_is_true(v) ? "true" : "false");
		case PSL_TYPE_INT:

			/*
			 * Like Prisma 7, an integer beyond the column's range goes to the
			 * database, which answers P2020; only one beyond 64 bits is
			 * rejected here.
			 */
			if (json_is_integer(v))
				return query_leaf_text(v);
			if (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)))
			{
				double		d = json_real_value(v);

				if (d >= 9223372036854775808.0 || d < -9223372036854775808.0)
					query_validation_error(cx, "Unable to fit value %s into a 64-bit signed integer for field `%s`",
										   js_number_text(d), f->name);
				return psprintf("%.0f", d);
			}
			type_error(cx, f, v);
			break;
		case PSL_TYPE_BIGINT:
			if (json_is_integer(v))
				return query_leaf_text(v);
			if (json_is_string(v) && psl_is_decimal_text(json_string_value(v), true))
				return pstrdup(json_string_value(v));
			if (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)))
				return psprintf("%.0f", json_real_value(v));
			type_error(cx, f, v);
			break;
		case PSL_TYPE_FLOAT:
			if (json_is_integer(v) || json_is_real(v))
				return query_leaf_text(v);
			type_error(cx, f, v);
			break;
		case PSL_TYPE_DECIMAL:
			if (json_is_integer(v))
				return query_leaf_text(v);
			/* in plain notation, as Prisma sends decimals (money rejects "1e30") */
			if (json_is_real(v))
				return pstrdup(psl_decimal_plain(cx->arena, double_text(json_real_value(v))));
			if (json_is_string(v) && psl_is_decimal_text(json_string_value(v), false))
				return pstrdup(psl_decimal_plain(cx->arena, json_string_value(v)));
			type_error(cx, f, v);
			break;
		case PSL_TYPE_DATETIME:
			if (json_is_string(v))
				return datetime_text(cx, f, json_string_value(v));
			type_error(cx, f, v);
			break;
		case PSL_TYPE_JSON:
			{
				/* jansson allocates through palloc (pg_alloc.c) */
				*as_json = true;
				return json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
			}
		case PSL_TYPE_BYTES:
			if (json_is_string(v) && psl_is_base64(json_string_value(v)))
				return pstrdup(json_string_value(v));
			if (json_is_string(v))
				query_validation_error(cx, "Invalid value for argument `%s`: not standard base64 with padding. Expected Bytes.",
									   f->name);
			type_error(cx, f, v);
			break;
		default:
			break;
	}
	type_error(cx, f, v);
	return NULL;
}

QValue *
query_value(QContext *cx, PslField *field, json_t *v, bool allow_null)
{
	QValue	   *qv = palloc0(sizeof(QValue));

	qv->field = field;
	if (json_is_null(v))
	{
		if (!allow_null)
			query_validation_error(cx, "Argument `%s` must not be null.", field->name);
		qv->is_null = true;
		return qv;
	}
	qv->text = value_text(cx, field, v, &qv->as_json);
	/* remember which leaf it is, for the shape cache */
	if (cx->leaves != NULL && is_plain_leaf_value(field, v))
	{
		int			i;

		for (i = 0; i < cx->nleaves; i++)
			if (cx->leaves[i] == v)
				qv->source = i + 1;
	}
	return qv;
}

/* "DbNull", "JsonNull" or "AnyNull" when v is Prisma's null sentinel, else NULL. */
const char *
query_json_null_sentinel(json_t *v)
{
	json_t	   *type = json_is_object(v) ? json_object_get(v, "$type") : NULL;
	json_t	   *value = json_is_object(v) ? json_object_get(v, "value") : NULL;

	if (type && json_is_string(type) && strcmp(json_string_value(type), "Enum") == 0 &&
		json_is_string(value) && (strcmp(json_string_value(value), "DbNull") == 0 ||
								  strcmp(json_string_value(value), "JsonNull") == 0 ||
								  strcmp(json_string_value(value), "AnyNull") == 0))
		return json_string_value(value);
	return NULL;
}

/* Append one element to a PostgreSQL array literal, quoted. */
void
query_append_array_element(StringInfo buf, const char *text)
{
	const char *p;

	appendStringInfoChar(buf, '"');
	for (p = text; *p; p++)
	{
		if (*p == '"' || *p == '\\')
			appendStringInfoChar(buf, '\\');
		appendStringInfoChar(buf, *p);
	}
	appendStringInfoChar(buf, '"');
}

QValue *
query_value_list(QContext *cx, PslField *field, json_t *v)
{
	QValue	   *qv = palloc0(sizeof(QValue));
	StringInfoData buf;
	size_t		i;
	json_t	   *item;

	qv->field = field;
	qv->is_list = true;
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	if (!json_is_array(v))
	{
		/* a single value where a list is expected: Prisma wraps it */
		json_t	   *one = json_array();

		json_array_append(one, v);
		v = one;
	}
	json_array_foreach(v, i, item)
	{
		bool		as_json;

		if (i > 0)
			appendStringInfoChar(&buf, ',');
		/* a Json list's null is the JSON value null, as Prisma writes it */
		if (json_is_null(item) && !(field->kind == PSL_FIELD_SCALAR && field->scalar == PSL_TYPE_JSON))
		{
			appendStringInfoString(&buf, "NULL");
			continue;
		}
		if (json_is_null(item))
		{
			/* a Json list's null: the JSON value null */
			as_json = true;
			query_append_array_element(&buf, "null");
		}
		else
			query_append_array_element(&buf, value_text(cx, field, item, &as_json));
		qv->as_json = as_json;
	}
	appendStringInfoChar(&buf, '}');
	qv->text = buf.data;
	return qv;
}

QValue *
query_value_text(QContext *cx, PslField *field, const char *text)
{
	QValue	   *qv = palloc0(sizeof(QValue));

	qv->field = field;
	qv->text = pstrdup(text);
	return qv;
}
