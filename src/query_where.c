/*
 * query_where.c
 *		`where` arguments -> QFilter trees.
 *
 * Covers Prisma's WhereInput: AND / OR / NOT (object or array), scalar
 * filters (equals, not, in, notIn, lt, lte, gt, gte, contains, startsWith,
 * endsWith, mode) and the plain-value shorthand, relation filters (some,
 * every, none on lists; is, isNot and null on to-one relations), and the
 * WhereUniqueInput of findUnique and cursors (a unique criterion, compound
 * ones by their generated or given names, plus extra filters).
 * Json, scalar-list and full-text filters are reported as not supported
 * yet rather than answered wrongly.
 */
#include "postgres.h"

#include <jansson.h>

#include "miscadmin.h"

#include "query.h"

static QFilter *parse_where_object(QContext *cx, PslModel *model, json_t *where, PslVec *by);

static QFilter *
new_filter(QFilterKind kind)
{
	QFilter    *f = palloc0(sizeof(QFilter));

	f->kind = kind;
	return f;
}

static QFilter *
const_filter(bool value)
{
	QFilter    *f = new_filter(QF_CONST);

	f->const_value = value;
	return f;
}

/* The names a where object of this model accepts, for suggestions. */
static const char **
where_candidates(PslModel *model, int *n)
{
	const char **names = palloc(sizeof(char *) * (model->fields.len + 3));
	int			i,
				k = 0;

	names[k++] = "AND";
	names[k++] = "OR";
	names[k++] = "NOT";
	for (i = 0; i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];

		if (f->kind != PSL_FIELD_UNSUPPORTED && !f->ignored)
			names[k++] = f->name;
	}
	*n = k;
	return names;
}

/* An AND of filters: its only filter when it has one. */
static QFilter *
single_or_and(QFilter *and)
{
	return and->children.len == 1 ? and->children.items[0] : and;
}

/* Is v a field reference ({"$type": "FieldRef", "value": {"_ref", "_container"}})? */
static bool
is_field_ref(json_t *v)
{
	json_t	   *t = json_is_object(v) ? json_object_get(v, "$type") : NULL;

	return json_is_string(t) && strcmp(json_string_value(t), "FieldRef") == 0;
}

/* What a field reference must be, given the filtered field. */
typedef enum FieldRefWant
{
	REF_SAME,					/* of the field's type, list or not alike */
	REF_STRING,					/* a String (Json's string filters) */
	REF_LIST_OF,				/* a list of the field's type (in / notIn) */
	REF_ELEMENT_OF				/* an element of the list field's type (has) */
} FieldRefWant;

/* A field's type as Prisma's field-reference errors name it: Int, Color, String[]. */
static char *
type_text(PslField *f, bool list)
{
	return psprintf("%s%s", f->kind == PSL_FIELD_ENUM ? f->enum_type->name : psl_scalar_type_name(f->scalar),
					list ? "[]" : "");
}

/*
 * A field reference as a filter value: the column of another scalar field
 * of the same row, of the type `want` says.  Anything else is Prisma's
 * P2019.
 */
static QValue *
field_ref_value(QContext *cx, PslField *field, json_t *v, FieldRefWant want)
{
	json_t	   *ref = json_object_get(v, "value");
	json_t	   *name = json_is_object(ref) ? json_object_get(ref, "_ref") : NULL;
	json_t	   *container = json_is_object(ref) ? json_object_get(ref, "_container") : NULL;
	PslModel   *m = field->model;
	PslField   *target;
	QValue	   *qv;
	bool		same;
	bool		want_list;

	if (!json_is_string(name) || !json_is_string(container))
		query_validation_error(cx, "Argument `%s`: a field reference is {\"_ref\": field, \"_container\": model}.",
							   field->name);
	if (strcmp(json_string_value(container), m->name) != 0)
		query_input_error(psprintf("Expected a referenced scalar field of model %s, but found a field of model %s.",
								   m->name, json_string_value(container)));
	target = psl_find_field(m, json_string_value(name));
	if (target == NULL || target->ignored || target->kind == PSL_FIELD_UNSUPPORTED)
		query_input_error(psprintf("The referenced scalar field %s.%s does not exist.", m->name,
								   json_string_value(name)));
	if (target->kind == PSL_FIELD_RELATION)
		query_input_error(psprintf("Expected a referenced scalar field %s.%s but found a relation field.",
								   m->name, target->name));
	want_list = want == REF_LIST_OF || (want == REF_SAME && field->arity == PSL_LIST);
	if (want == REF_STRING)
		same = target->kind == PSL_FIELD_SCALAR && target->scalar == PSL_TYPE_STRING &&
			target->arity != PSL_LIST;
	else
		same = target->kind == field->kind && (target->arity == PSL_LIST) == want_list &&
			(field->kind == PSL_FIELD_ENUM ? target->enum_type == field->enum_type
			 : target->scalar == field->scalar);
	if (!same)
		query_input_error(psprintf("Expected a referenced scalar field of type %s but found %s.%s of type %s.",
								   want == REF_STRING ? "String" : type_text(field, want_list), m->name,
								   target->name, type_text(target, target->arity == PSL_LIST)));
	qv = palloc0(sizeof(QValue));
	qv->field = field;
	qv->ref = target;
	return qv;
}

/* A filter's value: a value of the field's type, or a field reference. */
static QValue *
filter_value(QContext *cx, PslField *field, json_t *v)
{
	return is_field_ref(v) ? field_ref_value(cx, field, v, REF_SAME) : query_value(cx, field, v, false);
}

/* field = value (or IS NULL for null). */
static QFilter *
equality(QContext *cx, PslField *field, json_t *v, bool insensitive)
{
	QFilter    *f = new_filter(QF_SCALAR);

	f->field = field;
	f->insensitive = insensitive;
	if (json_is_null(v))
	{
		if (field->arity == PSL_REQUIRED && field->kind != PSL_FIELD_UNSUPPORTED)
			query_validation_error(cx, "Argument `%s` must not be null.", field->name);
		f->op = QOP_IS_NULL;
		return f;
	}
	f->op = QOP_EQ;
	f->value = filter_value(cx, field, v);
	return f;
}

/* Is v a filter object (as opposed to a plain value) for this field? */
static bool
is_filter_object(PslField *field, json_t *v)
{
	if (!json_is_object(v))
		return false;
	/* a tagged value ({"$type": ..., "value": ...}) is a plain value */
	if (json_object_get(v, "$type") != NULL)
		return false;
	return true;
}

/* A Json filter's value compared as JSON: a value, or Prisma's null sentinels. */
static QFilter *
json_value_filter(QContext *cx, PslField *field, json_t *v, QScalarOp op, const char *path)
{
	QFilter    *f = new_filter(QF_SCALAR);
	const char *sentinel = query_json_null_sentinel(v);

	f->field = field;
	f->json_path = (char *) path;
	f->op = op;
	if (sentinel && (op == QOP_EQ || op == QOP_NE))
	{
		if (strcmp(sentinel, "JsonNull") == 0)
		{
			f->value = query_value_text(cx, field, "null");
			f->value->as_json = true;
		}
		else
		{
			/* DbNull / AnyNull: NOT of it for `not` */
			f->op = strcmp(sentinel, "DbNull") == 0 ? QOP_JSON_IS_DB_NULL : QOP_JSON_IS_ANY_NULL;
			if (op == QOP_NE)
			{
				QFilter    *not = new_filter(QF_NOT);

				psl_vec_push(cx->arena, &not->children, f);
				return not;
			}
		}
		return f;
	}
	if (json_is_null(v))
	{
		/* a bare null is the JSON value null, as Prisma's engine reads it */
		f->value = query_value_text(cx, field, "null");
		f->value->as_json = true;
		return f;
	}
	f->value = filter_value(cx, field, v);
	return f;
}

/*
 * A Json field's filter: equals / not (values or null sentinels), and with
 * an optional path (an array of keys) string_contains / _starts_with /
 * _ends_with (mode "insensitive" too), array_contains / _starts_with /
 * _ends_with and lt / lte / gt / gte of a number or a string.
 */
static QFilter *
json_filter(QContext *cx, PslField *field, json_t *obj)
{
	static const char *const ops[] = {
		"equals", "not", "path", "mode", "string_contains", "string_starts_with", "string_ends_with",
		"array_contains", "array_starts_with", "array_ends_with", "lt", "lte", "gt", "gte"
	};
	QFilter    *and = new_filter(QF_AND);
	json_t	   *path = json_is_object(obj) ? json_object_get(obj, "path") : NULL;
	json_t	   *mode = json_is_object(obj) ? json_object_get(obj, "mode") : NULL;
	char	   *path_text = NULL;
	bool		insensitive = false;
	const char *key;
	json_t	   *v;

	if (json_is_null(obj))
		query_missing_value(cx, field->name);
	if (!json_is_object(obj) || json_object_get(obj, "$type") != NULL)
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected Json%sFilter, provided %s.",
							   field->name, field->arity == PSL_OPTIONAL ? "Nullable" : "",
							   json_is_array(obj) ? "List" : "a scalar value");
	if (json_object_size(obj) == 0)
		query_validation_error(cx, "Argument `%s` of type Json%sFilter needs at least one argument.",
							   field->name, field->arity == PSL_OPTIONAL ? "Nullable" : "");
	if (json_object_size(obj) == (size_t) (path != NULL) + (mode != NULL))
		query_input_error("A JSON path cannot be set without a scalar filter.");
	if (path != NULL)
	{
		StringInfoData buf;
		size_t		i;
		json_t	   *item;

		if (!json_is_array(path))
			query_validation_error(cx, "Argument `path`: Invalid value provided. Expected a list of keys (PostgreSQL takes a path as an array), provided %s.",
								   json_is_string(path) ? "String" : "another type");
		initStringInfo(&buf);
		appendStringInfoChar(&buf, '{');
		json_array_foreach(path, i, item)
		{
			if (!json_is_string(item))
				query_validation_error(cx, "Argument `path`: every key of the path must be a string.");
			if (i > 0)
				appendStringInfoChar(&buf, ',');
			query_append_array_element(&buf, json_string_value(item));
		}
		appendStringInfoChar(&buf, '}');
		path_text = buf.data;
	}
	if (mode != NULL)
	{
		if (!json_is_string(mode) || (strcmp(json_string_value(mode), "insensitive") != 0 &&
									  strcmp(json_string_value(mode), "default") != 0))
			query_validation_error(cx, "Invalid value for argument `mode`. Expected QueryMode.");
		insensitive = strcmp(json_string_value(mode), "insensitive") == 0;
	}
	json_object_foreach(obj, key, v)
	{
		int			saved = cx->path.len;
		QFilter    *f = NULL;

		if (strcmp(key, "path") == 0 || strcmp(key, "mode") == 0)
			continue;
		query_path_push(cx, key);
		if (strcmp(key, "equals") == 0 || strcmp(key, "not") == 0)
			f = json_value_filter(cx, field, v, key[0] == 'e' ? QOP_EQ : QOP_NE, path_text);
		else if (strncmp(key, "string_", 7) == 0 && (strcmp(key + 7, "contains") == 0 ||
													 strcmp(key + 7, "starts_with") == 0 ||
													 strcmp(key + 7, "ends_with") == 0))
		{
			f = new_filter(QF_SCALAR);
			f->field = field;
			f->json_path = path_text;
			f->insensitive = insensitive;
			f->op = key[7] == 'c' ? QOP_JSON_STRING_CONTAINS : key[7] == 's' ? QOP_JSON_STRING_STARTS_WITH
				: QOP_JSON_STRING_ENDS_WITH;
			if (is_field_ref(v))
				f->value = field_ref_value(cx, field, v, REF_STRING);
			else if (!json_is_string(v))
				query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected String, provided %s.",
									   key, json_is_null(v) ? "Null" : "another type");
			else
				f->value = query_value_text(cx, field, json_string_value(v));
		}
		else if (strncmp(key, "array_", 6) == 0 && (strcmp(key + 6, "contains") == 0 ||
													strcmp(key + 6, "starts_with") == 0 ||
													strcmp(key + 6, "ends_with") == 0))
		{
			f = json_value_filter(cx, field, v, key[6] == 'c' ? QOP_JSON_ARRAY_CONTAINS :
								  key[6] == 's' ? QOP_JSON_ARRAY_STARTS_WITH : QOP_JSON_ARRAY_ENDS_WITH,
								  path_text);
		}
		else if (strcmp(key, "lt") == 0 || strcmp(key, "lte") == 0 ||
				 strcmp(key, "gt") == 0 || strcmp(key, "gte") == 0)
		{
			if (!json_is_number(v) && !json_is_string(v) && !is_field_ref(v))
				query_validation_error(cx, "Argument `%s`: a Json comparison takes a number or a string.", key);
			f = json_value_filter(cx, field, v, strcmp(key, "lt") == 0 ? QOP_LT : strcmp(key, "lte") == 0 ? QOP_LTE :
								  strcmp(key, "gt") == 0 ? QOP_GT : QOP_GTE, path_text);
		}
		else
		{
			query_path_pop(cx, saved);
			query_unknown_argument(cx, key, ops, lengthof(ops));
		}
		psl_vec_push(cx->arena, &and->children, f);
		query_path_pop(cx, saved);
	}
	return single_or_and(and);
}

/* A list argument of a scalar-list filter: an array of the field's elements. */
static QValue *
list_argument(QContext *cx, PslField *field, json_t *v, const char *name)
{
	if (!json_is_array(v))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected List, provided %s.",
							   name, json_is_null(v) ? "Null" : "a scalar value");
	return query_value_list(cx, field, v);
}

/* The negation of one scalar condition: IS NOT NULL, <>, or NOT (condition). */
static QFilter *
negated(QContext *cx, QFilter *inner)
{
	QFilter    *f;

	if (inner->kind == QF_SCALAR && inner->op == QOP_IS_NULL)
	{
		inner->op = QOP_IS_NOT_NULL;
		return inner;
	}
	if (inner->kind == QF_SCALAR && inner->op == QOP_EQ)
	{
		inner->op = QOP_NE;
		return inner;
	}
	f = new_filter(QF_NOT);
	psl_vec_push(cx->arena, &f->children, inner);
	return f;
}

/* A scalar field's filter object, e.g. {gt: 1, not: {in: [..]}}; a nested not keeps the outer mode. */
static QFilter *
scalar_filter(QContext *cx, PslField *field, json_t *obj, bool outer_insensitive)
{
	static const char *const ops[] = {
		"equals", "not", "in", "notIn", "lt", "lte", "gt", "gte",
		"contains", "startsWith", "endsWith", "mode"
	};
	static const char *const eq_ops[] = {"equals", "in", "notIn", "not"};
	static const char *const bool_ops[] = {"equals", "not"};
	QFilter    *and = new_filter(QF_AND);
	json_t	   *mode = json_object_get(obj, "mode");
	bool		insensitive = outer_insensitive;
	const char *key;
	json_t	   *v;

	/* Boolean, enum and Bytes filters only compare for (in)equality */
	bool		is_bool = field->kind == PSL_FIELD_SCALAR && field->scalar == PSL_TYPE_BOOLEAN;
	bool		eq_only = field->kind == PSL_FIELD_ENUM ||
		(field->kind == PSL_FIELD_SCALAR && field->scalar == PSL_TYPE_BYTES);

	if (mode)
	{
		if (!json_is_string(mode) || (strcmp(json_string_value(mode), "insensitive") != 0 &&
									  strcmp(json_string_value(mode), "default") != 0))
			query_validation_error(cx, "Invalid value for argument `mode`. Expected QueryMode.");
		insensitive = strcmp(json_string_value(mode), "insensitive") == 0;
		if (insensitive && !(field->kind == PSL_FIELD_SCALAR && field->scalar == PSL_TYPE_STRING))
			query_validation_error(cx, "Argument `mode` is only available on String fields.");
	}
	json_object_foreach(obj, key, v)
	{
		int			saved = cx->path.len;
		QFilter    *f = NULL;
		bool		is_string = field->kind == PSL_FIELD_SCALAR && field->scalar == PSL_TYPE_STRING;

		/* Prisma's UuidFilter has no contains / startsWith / endsWith */
		bool		is_uuid = is_string && field->native_type &&
			strcmp(field->native_type->name, "Uuid") == 0;

		query_path_push(cx, key);
		if (strcmp(key, "mode") == 0)
		{
			query_path_pop(cx, saved);
			continue;
		}
		if ((is_bool && strcmp(key, "equals") != 0 && strcmp(key, "not") != 0) ||
			(eq_only && strcmp(key, "equals") != 0 && strcmp(key, "not") != 0 &&
			 strcmp(key, "in") != 0 && strcmp(key, "notIn") != 0))
		{
			query_path_pop(cx, saved);
			if (is_bool)
				query_unknown_argument(cx, key, bool_ops, 2);
			query_unknown_argument(cx, key, eq_ops, 4);
		}
		if (strcmp(key, "equals") == 0)
			f = equality(cx, field, v, insensitive);
		else if (strcmp(key, "not") == 0)
		{
			QFilter    *inner;

			if (is_filter_object(field, v))
				inner = scalar_filter(cx, field, v, insensitive);
			else
				inner = equality(cx, field, v, insensitive);
			if (inner->kind == QF_AND)
			{
				/* as Prisma's engine: `not` of several conditions negates each */
				int			k;

				f = inner;
				for (k = 0; k < f->children.len; k++)
					f->children.items[k] = negated(cx, f->children.items[k]);
			}
			else
				f = negated(cx, inner);
		}
		else if (strcmp(key, "in") == 0 || strcmp(key, "notIn") == 0)
		{
			f = new_filter(QF_SCALAR);
			f->field = field;
			f->insensitive = insensitive;
			f->op = key[0] == 'i' ? QOP_IN : QOP_NOT_IN;
			/* in: null is IS NULL, notIn: null IS NOT NULL (as in the engine) */
			if (json_is_null(v))
				f->op = f->op == QOP_IN ? QOP_IS_NULL : QOP_IS_NOT_NULL;
			else if (is_field_ref(v))
				f->value = field_ref_value(cx, field, v, REF_LIST_OF);
			else
			{
				f->value = query_value_list(cx, field, v);
				if (json_is_array(v) && json_array_size(v) == 0)
					f = const_filter(f->op == QOP_NOT_IN);
			}
		}
		else if (strcmp(key, "lt") == 0 || strcmp(key, "lte") == 0 ||
				 strcmp(key, "gt") == 0 || strcmp(key, "gte") == 0)
		{
			f = new_filter(QF_SCALAR);
			f->field = field;
			f->insensitive = insensitive;
			f->op = strcmp(key, "lt") == 0 ? QOP_LT : strcmp(key, "lte") == 0 ? QOP_LTE :
				strcmp(key, "gt") == 0 ? QOP_GT : QOP_GTE;
			f->value = filter_value(cx, field, v);
		}
		else if (is_string && !is_uuid && (strcmp(key, "contains") == 0 || strcmp(key, "startsWith") == 0 ||
							   strcmp(key, "endsWith") == 0))
		{
			f = new_filter(QF_SCALAR);
			f->field = field;
			f->insensitive = insensitive;
			f->op = key[0] == 'c' ? QOP_CONTAINS : key[0] == 's' ? QOP_STARTS_WITH : QOP_ENDS_WITH;
			f->value = filter_value(cx, field, v);
		}
		else if (is_string && strcmp(key, "search") == 0)
		{
			f = new_filter(QF_SCALAR);
			f->field = field;
			f->op = QOP_SEARCH;
			f->value = query_value(cx, field, v, false);
		}
		else
		{
			query_path_pop(cx, saved);
			query_unknown_argument(cx, key, ops, is_string ? 12 : 8);
		}
		psl_vec_push(cx->arena, &and->children, f);
		query_path_pop(cx, saved);
	}
	return single_or_and(and);
}

/*
 * A scalar list's filter: exactly one of {equals: [..] | null, has: v,
 * hasEvery: [..], hasSome: [..], isEmpty: bool}, as Prisma requires.
 */
static QFilter *
list_filter(QContext *cx, PslField *field, json_t *obj)
{
	static const char *const ops[] = {"equals", "has", "hasEvery", "hasSome", "isEmpty"};
	QFilter    *and = new_filter(QF_AND);
	const char *key;
	json_t	   *v;

	if (!json_is_object(obj))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %sNullableListFilter, provided %s.",
							   field->name, type_text(field, false),
							   json_is_array(obj) ? "List" : json_is_null(obj) ? "Null" : "a scalar value");
	if (json_object_size(obj) != 1)
	{
		StringInfoData keys;
		size_t		n = 0;

		initStringInfo(&keys);
		json_object_foreach(obj, key, v)
		{
			n++;
			appendStringInfo(&keys, "%s%s", n == 1 ? "" : n == json_object_size(obj) ? " and " : ", ", key);
		}
		query_validation_error(cx, "Argument `%s` of type %s%sNullableListFilter needs exactly one argument, but you provided %s. Please choose one.",
							   field->name, field->kind == PSL_FIELD_ENUM ? "Enum" : "", type_text(field, false),
							   n ? keys.data : "nothing");
	}
	json_object_foreach(obj, key, v)
	{
		int			saved = cx->path.len;
		QFilter    *f = new_filter(QF_SCALAR);

		query_path_push(cx, key);
		f->field = field;
		if (strcmp(key, "equals") == 0)
		{
			f->op = json_is_null(v) ? QOP_IS_NULL : QOP_EQ;
			if (!json_is_null(v))
				f->value = is_field_ref(v) ? field_ref_value(cx, field, v, REF_SAME)
					: list_argument(cx, field, v, key);
		}
		else if (strcmp(key, "has") == 0 && field->kind == PSL_FIELD_SCALAR &&
				 field->scalar == PSL_TYPE_JSON && !is_field_ref(v))
		{
			/* a Json list has one JSON value (null and arrays too): list @> [v] */
			json_t	   *one = json_array();

			json_array_append(one, v);
			f->op = QOP_HAS_EVERY;
			f->value = query_value_list(cx, field, one);
		}
		else if (strcmp(key, "has") == 0)
		{
			f->op = QOP_HAS;
			f->value = is_field_ref(v) ? field_ref_value(cx, field, v, REF_ELEMENT_OF)
				: query_value(cx, field, v, false);
		}
		else if (strcmp(key, "hasEvery") == 0 || strcmp(key, "hasSome") == 0)
		{
			f->op = key[3] == 'E' ? QOP_HAS_EVERY : QOP_HAS_SOME;
			f->value = is_field_ref(v) ? field_ref_value(cx, field, v, REF_SAME)
				: list_argument(cx, field, v, key);
		}
		else if (strcmp(key, "isEmpty") == 0)
		{
			if (!json_is_boolean(v))
				query_validation_error(cx, "Argument `isEmpty`: Invalid value provided. Expected Boolean, provided %s.",
									   json_is_null(v) ? "Null" : "another type");
			f->op = json_is_true(v) ? QOP_IS_EMPTY : QOP_IS_NOT_EMPTY;
		}
		else
		{
			query_path_pop(cx, saved);
			query_unknown_argument(cx, key, ops, lengthof(ops));
		}
		psl_vec_push(cx->arena, &and->children, f);
		query_path_pop(cx, saved);
	}
	return single_or_and(and);
}

/* A relation field's filter: {some|every|none: where} or {is|isNot: where|null}. */
static QFilter *
relation_filter(QContext *cx, PslField *field, json_t *v)
{
	bool		list = field->arity == PSL_LIST;
	QFilter    *and = new_filter(QF_AND);
	const char *key;
	json_t	   *x;

	if (json_is_null(v))
	{
		QFilter    *f = new_filter(QF_RELATION);

		if (list)
			query_validation_error(cx, "Argument `%s` must not be null.", field->name);
		f->field = field;
		f->rel_op = QREL_IS_NULL;
		return f;
	}
	if (!json_is_object(v))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %sRelationFilter, provided %s.",
							   field->name, field->related_model->name,
							   json_is_array(v) ? "List" : "a scalar value");
	/* to-one shorthand: author: { email: ... } means is */
	if (!list && json_object_get(v, "is") == NULL && json_object_get(v, "isNot") == NULL)
	{
		QFilter    *f = new_filter(QF_RELATION);

		f->field = field;
		f->rel_op = QREL_IS;
		f->nested = parse_where_object(cx, field->related_model, v, NULL);
		return f;
	}
	json_object_foreach(v, key, x)
	{
		static const char *const many_ops[] = {"some", "every", "none"};
		static const char *const one_ops[] = {"is", "isNot"};
		QFilter    *f = new_filter(QF_RELATION);
		int			saved = cx->path.len;

		f->field = field;
		if (list && strcmp(key, "some") == 0)
			f->rel_op = QREL_SOME;
		else if (list && strcmp(key, "every") == 0)
			f->rel_op = QREL_EVERY;
		else if (list && strcmp(key, "none") == 0)
			f->rel_op = QREL_NONE;
		else if (!list && strcmp(key, "is") == 0)
			f->rel_op = json_is_null(x) ? QREL_IS_NULL : QREL_IS;
		else if (!list && strcmp(key, "isNot") == 0)
			f->rel_op = json_is_null(x) ? QREL_IS_NOT_NULL : QREL_IS_NOT;
		else
		{
			if (list)
				query_unknown_argument(cx, key, many_ops, 3);
			query_unknown_argument(cx, key, one_ops, 2);
		}
		query_path_push(cx, key);
		if (!json_is_null(x))
			f->nested = parse_where_object(cx, field->related_model, x, NULL);
		else if (list)
			query_validation_error(cx, "Argument `%s` must not be null.", key);
		query_path_pop(cx, saved);
		psl_vec_push(cx->arena, &and->children, f);
	}
	return single_or_and(and);
}

/*
 * The field an aggregate's value has, for parsing and binding a having
 * filter's values: _count is an Int, _avg a Float (a Decimal stays one),
 * the others the field's own type.  Its column is still the field's.
 */
static PslField *
aggregate_value_field(PslField *f, QAggOp op)
{
	PslField   *a = palloc(sizeof(PslField));

	*a = *f;
	a->arity = PSL_REQUIRED;
	if (op == QAGG_COUNT)
	{
		a->kind = PSL_FIELD_SCALAR;
		a->scalar = PSL_TYPE_INT;
		a->native_type = NULL;
		a->enum_type = NULL;
	}
	else if (op == QAGG_AVG && f->scalar != PSL_TYPE_DECIMAL)
	{
		a->scalar = PSL_TYPE_FLOAT;
		a->native_type = NULL;
	}
	else if (op == QAGG_SUM)
		a->native_type = NULL;
	return a;
}

/* Mark the comparisons of a having filter as comparing aggregate op. */
static void
mark_aggregate(QFilter *f, QAggOp op)
{
	int			i;

	if (f->kind == QF_SCALAR)
		f->aggregate = (int) op + 1;
	for (i = 0; i < f->children.len; i++)
		mark_aggregate(f->children.items[i], op);
}

/* A having filter compares a field itself only when the groups share it. */
static void
check_grouped(PslField *field, PslVec *by)
{
	if (psl_vec_index(by, field) < 0)
		query_input_error(psprintf("Every field used in `having` filters must either be an aggregation filter or be included in the selection of the query. Missing fields: %s",
								   field->name));
}

/* A field a having filter references must be one of the `by` fields, too. */
static void
check_refs_grouped(QFilter *f, PslVec *by)
{
	int			i;

	if (f->kind == QF_SCALAR && f->value && f->value->ref && psl_vec_index(by, f->value->ref) < 0)
		query_input_error(psprintf("Every field referenced in `having` filters must be included in the by-arguments of the query. Missing fields: %s",
								   f->value->ref->name));
	for (i = 0; i < f->children.len; i++)
		check_refs_grouped(f->children.items[i], by);
}

/*
 * A field's entry of a having object: {_count: filter, _avg: ..., _sum,
 * _min, _max} compare the field's aggregate over the group (any scalar
 * field the aggregate takes; a filter object, never a plain value);
 * plain filter keys and values compare the field itself, which must then
 * be one of the `by` fields.
 */
static QFilter *
having_filter(QContext *cx, PslField *field, json_t *v, PslVec *by)
{
	QFilter    *and = new_filter(QF_AND);
	json_t	   *plain = NULL;
	const char *key;
	json_t	   *inner;

	if (field->kind != PSL_FIELD_SCALAR && field->kind != PSL_FIELD_ENUM)
		query_validation_error(cx, "Argument `%s`: having takes scalar fields.", field->name);
	if (!is_filter_object(field, v))
	{
		QFilter    *f;

		check_grouped(field, by);
		f = equality(cx, field, v, false);
		check_refs_grouped(f, by);
		return f;
	}
	json_object_foreach(v, key, inner)
	{
		int			op;
		int			saved = cx->path.len;

		op = query_aggregate_op(key);
		if (op < 0)
		{
			if (plain == NULL)
				plain = query_empty_object();
			json_object_set(plain, key, inner);
			continue;
		}
		query_path_push(cx, key);
		if (!query_aggregate_takes((QAggOp) op, field))
			query_validation_error(cx, "Argument `%s` is not available for field `%s`.", key, field->name);
		if (!json_is_object(inner))
			query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected a filter object, provided %s.",
								   key, json_is_null(inner) ? "Null" : "a plain value");
		{
			PslField   *as = aggregate_value_field(field, (QAggOp) op);
			QFilter    *f = scalar_filter(cx, as, inner, false);

			mark_aggregate(f, (QAggOp) op);
			psl_vec_push(cx->arena, &and->children, f);
		}
		query_path_pop(cx, saved);
	}
	if (plain != NULL)
	{
		check_grouped(field, by);
		psl_vec_push(cx->arena, &and->children, scalar_filter(cx, field, plain, false));
	}
	check_refs_grouped(and, by);
	return and;
}

/* A list of where objects (AND/OR/NOT take an object or an array); by: see parse_where_object. */
static void
where_list(QContext *cx, PslModel *model, json_t *v, QFilter *into, PslVec *by)
{
	size_t		i;
	json_t	   *item;

	if (json_is_array(v))
	{
		json_array_foreach(v, i, item)
		{
			int			saved = cx->path.len;
			char		idx[24];

			snprintf(idx, sizeof(idx), "%zu", i);
			query_path_push(cx, idx);
			psl_vec_push(cx->arena, &into->children, parse_where_object(cx, model, item, by));
			query_path_pop(cx, saved);
		}
	}
	else
		psl_vec_push(cx->arena, &into->children, parse_where_object(cx, model, v, by));
}

/*
 * One where object of a model: the AND of its entries.  With `by` (the
 * fields of a groupBy) it is a having object instead (having_filter).
 */
static QFilter *
parse_where_object(QContext *cx, PslModel *model, json_t *where, PslVec *by)
{
	QFilter    *and = new_filter(QF_AND);
	const char *key;
	json_t	   *v;

	if (++cx->depth > prisma_max_depth * 4)
		query_validation_error(cx, "The filter is nested deeper than prisma.max_depth allows.");
	if (!json_is_object(where))
		query_validation_error(cx, "Argument `where`: Invalid value provided. Expected %sWhereInput, provided %s.",
							   model->name, json_is_array(where) ? "List" : "a scalar value");
	json_object_foreach(where, key, v)
	{
		int			saved = cx->path.len;
		PslField   *field;

		CHECK_FOR_INTERRUPTS();
		query_path_push(cx, key);
		if (strcmp(key, "AND") == 0 || strcmp(key, "OR") == 0 || strcmp(key, "NOT") == 0)
		{
			QFilter    *group = new_filter(key[0] == 'A' ? QF_AND : key[0] == 'O' ? QF_OR : QF_NOT);

			where_list(cx, model, v, group, by);
			if (group->kind == QF_NOT && group->children.len > 1)
			{
				/* NOT [a, b] excludes rows matching any of them */
				QFilter    *or = new_filter(QF_AND);
				int			i;

				for (i = 0; i < group->children.len; i++)
				{
					QFilter    *neg = new_filter(QF_NOT);

					psl_vec_push(cx->arena, &neg->children, group->children.items[i]);
					psl_vec_push(cx->arena, &or->children, neg);
				}
				group = or;
			}
			psl_vec_push(cx->arena, &and->children, group);
			query_path_pop(cx, saved);
			continue;
		}
		field = psl_find_field(model, key);
		if (field == NULL || field->kind == PSL_FIELD_UNSUPPORTED || field->ignored)
		{
			int			n;
			const char **names = where_candidates(model, &n);

			query_path_pop(cx, saved);
			query_unknown_argument(cx, key, names, n);
		}
		if (by != NULL)
			psl_vec_push(cx->arena, &and->children, having_filter(cx, field, v, by));
		else if (field->kind == PSL_FIELD_RELATION)
			psl_vec_push(cx->arena, &and->children, relation_filter(cx, field, v));
		else if (field->arity == PSL_LIST)
			psl_vec_push(cx->arena, &and->children, list_filter(cx, field, v));
		else if (field->kind == PSL_FIELD_SCALAR && field->scalar == PSL_TYPE_JSON)
			psl_vec_push(cx->arena, &and->children, json_filter(cx, field, v));
		else if (is_filter_object(field, v))
			psl_vec_push(cx->arena, &and->children, scalar_filter(cx, field, v, false));
		else
			psl_vec_push(cx->arena, &and->children, equality(cx, field, v, false));
		query_path_pop(cx, saved);
	}
	cx->depth--;
	return and;
}

QFilter *
query_parse_where(QContext *cx, PslModel *model, json_t *where)
{
	QFilter    *f;
	int			saved = cx->path.len;

	query_path_push(cx, "where");
	f = parse_where_object(cx, model, where, NULL);
	query_path_pop(cx, saved);
	return f;
}

/* The generated name of a compound criterion: fields joined by '_'. */
static char *
criterion_name(PslIndex *idx)
{
	StringInfoData buf;
	int			i;

	if (idx->client_name)
		return pstrdup(idx->client_name);
	initStringInfo(&buf);
	for (i = 0; i < idx->fields.len; i++)
		appendStringInfo(&buf, "%s%s", i ? "_" : "",
						 ((PslIndexField *) idx->fields.items[i])->field->name);
	return buf.data;
}

/* The model's unique criteria: the id, then uniques (each PslIndex *). */
static PslVec
unique_criteria(QContext *cx, PslModel *model)
{
	PslVec		out = {NULL, 0, 0};
	int			i;

	if (model->primary_key)
		psl_vec_push(cx->arena, &out, model->primary_key);
	for (i = 0; i < model->indexes.len; i++)
	{
		PslIndex   *idx = model->indexes.items[i];

		if (idx->kind == PSL_INDEX_UNIQUE)
			psl_vec_push(cx->arena, &out, idx);
	}
	return out;
}

QFilter *
query_parse_unique_where(QContext *cx, PslModel *model, json_t *where)
{
	PslVec		criteria;
	PslVec		compounds = {0};	/* the compound criteria given (names) */
	QFilter    *and = new_filter(QF_AND);
	json_t	   *rest;
	const char *key;
	json_t	   *member;
	bool		has_unique = false;
	int			i,
				saved = cx->path.len;
	StringInfoData names;

	query_path_push(cx, "where");
	if (!json_is_object(where))
		query_validation_error(cx, "Argument `where`: Invalid value provided. Expected %sWhereUniqueInput, provided %s.",
							   model->name, json_is_null(where) ? "Null" : "a scalar value");
	criteria = unique_criteria(cx, model);
	for (i = 0; i < criteria.len; i++)
	{
		PslIndex   *idx = criteria.items[i];

		if (idx->fields.len == 1)
		{
			PslField   *f = ((PslIndexField *) idx->fields.items[0])->field;
			json_t	   *v = json_object_get(where, f->name);

			/* a plain value (or {equals: v}) on a unique field is a criterion */
			if (v && !json_is_null(v) &&
				(!is_filter_object(f, v) ||
				 (json_object_size(v) == 1 && json_object_get(v, "equals"))))
				has_unique = true;
		}
		else
		{
			char	   *name = criterion_name(idx);
			json_t	   *v = json_object_get(where, name);
			int			k,
						saved2 = cx->path.len;

			if (v == NULL)
				continue;
			query_path_push(cx, name);
			if (!json_is_object(v))
				query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %sCompoundUniqueInput, provided %s.",
									   name, model->name, json_is_null(v) ? "Null" : "a scalar value");
			for (k = 0; k < idx->fields.len; k++)
			{
				PslField   *f = ((PslIndexField *) idx->fields.items[k])->field;
				json_t	   *fv = json_object_get(v, f->name);
				int			saved3 = cx->path.len;

				query_path_push(cx, f->name);
				if (fv == NULL)
					query_missing_value(cx, f->name);
				psl_vec_push(cx->arena, &and->children, equality(cx, f, fv, false));
				query_path_pop(cx, saved3);
			}
			query_path_pop(cx, saved2);
			psl_vec_push(cx->arena, &compounds, name);
			has_unique = true;
		}
	}
	if (!has_unique)
	{
		/*
		 * a unique field given as null: "A value is required but not set",
		 * P2012 at the top of a document, P2009 in a nested write (as
		 * Prisma's engine reports them)
		 */
		for (i = 0; i < criteria.len; i++)
		{
			PslIndex   *idx = criteria.items[i];
			PslField   *f = ((PslIndexField *) idx->fields.items[0])->field;

			if (idx->fields.len == 1 && json_is_null(json_object_get(where, f->name)))
			{
				query_path_push(cx, f->name);
				if (cx->depth > 0)
					query_validation_error(cx, "A value is required but not set for `%s`.", f->name);
				query_missing_value(cx, f->name);
			}
		}
		initStringInfo(&names);
		for (i = 0; i < criteria.len; i++)
			appendStringInfo(&names, "%s%s", i ? ", " : "", criterion_name(criteria.items[i]));
		query_validation_error(cx, "Argument `where` of type %sWhereUniqueInput needs at least one of `%s` arguments.",
							   model->name, names.data);
	}
	/*
	 * everything else (unique fields included) is an ordinary filter; the
	 * values are shared, not copied (the shape cache knows them by address)
	 */
	rest = query_empty_object();
	json_object_foreach(where, key, member)
	{
		bool		compound = false;

		for (i = 0; i < compounds.len && !compound; i++)
			compound = strcmp(compounds.items[i], key) == 0;
		if (!compound)
			json_object_set(rest, key, member);
	}
	query_path_pop(cx, saved);
	psl_vec_push(cx->arena, &and->children, query_parse_where(cx, model, rest));
	return and;
}

/* A groupBy's having (see having_filter). */
QFilter *
query_parse_having(QContext *cx, PslModel *model, PslVec *by, json_t *having)
{
	QFilter    *f;
	int			saved = cx->path.len;

	query_path_push(cx, "having");
	if (!json_is_object(having))
		query_validation_error(cx, "Argument `having`: Invalid value provided. Expected %sScalarWhereWithAggregatesInput, provided %s.",
							   model->name, json_is_array(having) ? "List" : "a scalar value");
	f = parse_where_object(cx, model, having, by);
	query_path_pop(cx, saved);
	return f;
}
