/*
 * query_write.c
 *		The arguments of write documents -> the write tree (QWrite, QData,
 *		QNested), validated against the schema.
 *
 * A data object is read the way Prisma Client types it: scalars (with
 * atomic number operations and scalar-list set/push on updates), and
 * relation fields with the nested writes their relation kind, side and
 * arity allow.  Prisma's "checked vs unchecked" rule applies: a data
 * object sets a relation either through the relation field or through
 * its foreign-key scalars, never both.  A nested data object cannot name
 * the relation back to its parent (nor that relation's foreign key).
 * Values Prisma generates (uuid(), cuid(), ... and @updatedAt) are added
 * here, so the compiler sees every value a statement writes.
 */
#include "postgres.h"

#include "miscadmin.h"

#include <jansson.h>

#include "query.h"

static QData *parse_data(QContext *cx, PslModel *model, json_t *data, bool create,
						 PslField *back);

/* The relation field on the other side of relation field f (NULL if none). */
PslField *
query_opposite_field(PslField *f)
{
	PslRelation *r = f->relation;

	if (r->kind == PSL_REL_MANY_TO_MANY)
		return f == r->field_a ? r->field_b : r->field_a;
	return f == r->fk_field ? r->back_field : r->fk_field;
}

/* An autoincrement field: only Prisma's unchecked inputs take it. */
static bool
is_autoincrement(PslField *f)
{
	return f->kind == PSL_FIELD_SCALAR && f->default_value.kind == PSL_DEFAULT_AUTOINCREMENT;
}

/* Is f one of the foreign-key scalars of a relation held by its model? */
static PslField *
fk_relation_of(PslField *f)
{
	int			i,
				k;

	for (i = 0; i < f->model->fields.len; i++)
	{
		PslField   *r = f->model->fields.items[i];

		if (r->kind != PSL_FIELD_RELATION || r->relation->fk_field != r)
			continue;
		for (k = 0; k < r->rel_fields.len; k++)
			if (r->rel_fields.items[k] == f)
				return r;
	}
	return NULL;
}

/* Can relation f of a record be disconnected (its foreign key set to NULL)? */
bool
query_relation_optional(PslField *f)
{
	PslRelation *r = f->relation;
	int			i;

	if (r->kind == PSL_REL_MANY_TO_MANY)
		return true;
	for (i = 0; i < r->fk_field->rel_fields.len; i++)
		if (((PslField *) r->fk_field->rel_fields.items[i])->arity != PSL_OPTIONAL)
			return false;
	return true;
}

/* Key names a data object of `model` takes, for suggestions. */
static const char **
data_candidates(PslModel *model, PslField *back, bool unchecked, int *n)
{
	const char **names = palloc(sizeof(char *) * (model->fields.len + 1));
	int			i,
				k = 0;

	for (i = 0; i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];
		PslField   *fkrel = f->kind == PSL_FIELD_RELATION ? NULL : fk_relation_of(f);

		if (f->ignored || f->kind == PSL_FIELD_UNSUPPORTED || f == back ||
			(fkrel && (fkrel == back || !unchecked)) ||
			(unchecked && f->kind == PSL_FIELD_RELATION && f->relation->fk_field == f))
			continue;
		names[k++] = f->name;
	}
	*n = k;
	return names;
}

/* A QValue of a scalar list field from a JSON array (or one element). */
static QValue *
list_value(QContext *cx, PslField *f, json_t *v)
{
	if (json_is_null(v))
		return query_value(cx, f, v, true);
	return query_value_list(cx, f, v);
}

/* Append an assignment. */
static void
add_assign(QContext *cx, QData *d, PslField *f, QAssignOp op, QValue *value)
{
	QAssign    *a = palloc0(sizeof(QAssign));

	a->field = f;
	a->op = op;
	a->value = value;
	psl_vec_push(cx->arena, &d->assigns, a);
}

/* Is v an update operation object ({set: ...}) rather than a value? */
static bool
is_operation_object(PslField *f, json_t *v)
{
	if (!json_is_object(v) || json_object_get(v, "$type") != NULL)
		return false;
	/* a Json value is any object; a Json list still takes {set} / {push} */
	return !(f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_JSON && f->arity != PSL_LIST);
}

/*
 * The value of a Json field: Prisma's DbNull is SQL NULL (optional fields
 * only), JsonNull the JSON value null; AnyNull is for filters only.
 */
static QValue *
json_field_value(QContext *cx, PslField *f, json_t *v)
{
	const char *sentinel = query_json_null_sentinel(v);

	if (sentinel == NULL)
		return query_value(cx, f, v, f->arity == PSL_OPTIONAL);
	if (strcmp(sentinel, "JsonNull") == 0)
	{
		QValue	   *qv = query_value_text(cx, f, "null");

		qv->as_json = true;
		return qv;
	}
	if (strcmp(sentinel, "DbNull") == 0 && f->arity == PSL_OPTIONAL)
		return query_value(cx, f, json_null(), true);
	query_validation_error(cx, "Argument `%s`: `%s` is not a value a %s Json field can be set to.",
						   f->name, sentinel, f->arity == PSL_OPTIONAL ? "nullable" : "required");
	return NULL;
}

/* Is v a list of tagged Json values ([{"$type": "Json", ...}, ...]), as Prisma Client sends a list? */
static bool
is_tagged_json_list(json_t *v)
{
	size_t		i;
	json_t	   *x;

	if (!json_is_array(v) || json_array_size(v) == 0)
		return false;
	json_array_foreach(v, i, x)
	{
		json_t	   *type = json_is_object(x) ? json_object_get(x, "$type") : NULL;

		if (!json_is_string(type) || strcmp(json_string_value(type), "Json") != 0)
			return false;
	}
	return true;
}

/* `field: value` or `field: {set | increment | ... : value}` of a data object. */
static void
parse_assign(QContext *cx, QData *d, PslField *f, json_t *v, bool create)
{
	static const char *const number_ops[] = {"set", "increment", "decrement", "multiply", "divide"};
	static const char *const list_ops[] = {"set", "push"};
	static const char *const plain_ops[] = {"set"};
	bool		numeric = f->kind == PSL_FIELD_SCALAR && f->arity != PSL_LIST &&
		(f->scalar == PSL_TYPE_INT || f->scalar == PSL_TYPE_BIGINT ||
		 f->scalar == PSL_TYPE_FLOAT || f->scalar == PSL_TYPE_DECIMAL);
	const char *const *ops;
	int			nops,
				i;
	const char *op;
	json_t	   *x;

	if (f->arity == PSL_LIST && create && json_is_object(v) && json_object_get(v, "set"))
		v = json_object_get(v, "set");
	if (f->arity == PSL_LIST && json_is_null(v))
		query_validation_error(cx, "Argument `%s`: a list cannot be set to null; use [] for an empty list.",
							   f->name);
	if (!is_operation_object(f, v) || (create && f->arity != PSL_LIST))
	{
		if (f->arity == PSL_LIST)
			add_assign(cx, d, f, QA_SET, list_value(cx, f, v));
		else if (f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_JSON)
			add_assign(cx, d, f, QA_SET, json_field_value(cx, f, v));
		else
			add_assign(cx, d, f, QA_SET, query_value(cx, f, v, f->arity == PSL_OPTIONAL));
		return;
	}
	ops = f->arity == PSL_LIST ? list_ops : numeric ? number_ops : plain_ops;
	nops = f->arity == PSL_LIST ? lengthof(list_ops) : numeric ? lengthof(number_ops) : lengthof(plain_ops);
	if (json_object_size(v) != 1)
		query_validation_error(cx, "Argument `%s` needs exactly one operation, one of %s.", f->name,
							   numeric ? "`set`, `increment`, `decrement`, `multiply`, `divide`" :
							   f->arity == PSL_LIST ? "`set`, `push`" : "`set`");
	json_object_foreach(v, op, x)
	{
		int			saved = cx->path.len;

		for (i = 0; i < nops; i++)
			if (strcmp(op, ops[i]) == 0)
				break;
		if (i == nops)
			query_unknown_argument(cx, op, ops, nops);
		query_path_push(cx, op);
		if (f->arity == PSL_LIST)
		{
			/* a Json list's push of null appends the JSON value null */
			if (json_is_null(x) && !(i == 1 && f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_JSON))
				query_validation_error(cx, "Argument `%s` must not be null.", op);
			if (i == 1 && f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_JSON &&
				!is_tagged_json_list(x))
			{
				/* a Json list's push appends one Json value, an array too */
				json_t	   *one = json_array();

				json_array_append(one, x);
				x = one;
			}
			add_assign(cx, d, f, i == 0 ? QA_SET : QA_PUSH, list_value(cx, f, x));
		}
		else
			add_assign(cx, d, f, (QAssignOp) i,
					   query_value(cx, f, x, i == 0 && f->arity == PSL_OPTIONAL));
		query_path_pop(cx, saved);
	}
}

/* A new nested write on relation f. */
static QNested *
new_nested(QContext *cx, QData *d, PslField *f, QNestedOp op)
{
	QNested    *n = palloc0(sizeof(QNested));

	n->relation = f;
	n->op = op;
	psl_vec_push(cx->arena, &d->nested, n);
	return n;
}

/* Each element of v, or v itself when it is not an array. */
static PslVec
each_item(QContext *cx, json_t *v, bool list_allowed)
{
	PslVec		out = {0};
	size_t		i;
	json_t	   *x;

	if (json_is_array(v))
	{
		if (!list_allowed)
			query_validation_error(cx, "Invalid value: a to-one relation takes one object, not a list.");
		json_array_foreach(v, i, x)
			psl_vec_push(cx->arena, &out, x);
	}
	else
		psl_vec_push(cx->arena, &out, v);
	return out;
}

/* An object argument of a nested write, with only the given keys. */
static json_t *
nested_object(QContext *cx, json_t *v, const char *const *keys, int nkeys, const char *what)
{
	if (!json_is_object(v))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected an object.", what);
	query_check_arguments(cx, v, keys, nkeys);
	return v;
}

/* A required key of an object argument. */
static json_t *
required_key(QContext *cx, json_t *obj, const char *key)
{
	json_t	   *v = json_object_get(obj, key);

	if (v == NULL)
		query_missing_argument(cx, key);
	return v;
}

/* createMany's {data: [...] | {...}, skipDuplicates}: the rows. */
static void
parse_create_many_rows(QContext *cx, PslModel *model, json_t *args, PslField *back,
					   PslVec *rows, bool *skip_duplicates)
{
	json_t	   *data = required_key(cx, args, "data");
	json_t	   *skip = json_object_get(args, "skipDuplicates");
	PslVec		items = each_item(cx, data, true);
	int			i,
				saved = cx->path.len;

	if (skip && !json_is_boolean(skip))
		query_validation_error(cx, "Argument `skipDuplicates`: Invalid value provided. Expected Boolean.");
	*skip_duplicates = skip && json_is_true(skip);
	query_path_push(cx, "data");
	for (i = 0; i < items.len; i++)
	{
		QData	   *row = parse_data(cx, model, items.items[i], true, back);

		if (row->nested.len > 0)
			query_validation_error(cx, "createMany takes no nested writes (`%s`).",
								   ((QNested *) row->nested.items[0])->relation->name);
		psl_vec_push(cx->arena, rows, row);
	}
	query_path_pop(cx, saved);
}

/* The filter of a to-one nested disconnect / delete: true, or a where object. */
static bool
to_one_flag(QContext *cx, QNested *n, PslModel *related, json_t *v)
{
	if (json_is_boolean(v))
		return json_is_true(v);
	if (!json_is_object(v))
		query_validation_error(cx, "Invalid value: expected true, false or a where object.");
	n->where = query_parse_where(cx, related, v);
	return true;
}

/*
 * One nested operation on relation field f: `op: value`.  What each
 * operation takes follows Prisma Client's input types for the relation's
 * kind and side and whether it is written in a create or an update.
 */
static void
parse_nested_op(QContext *cx, QData *d, PslField *f, const char *op, json_t *v, bool create)
{
	static const char *const create_ops[] = {"create", "createMany", "connect", "connectOrCreate"};
	static const char *const update_ops[] = {
		"create", "createMany", "connect", "connectOrCreate", "disconnect", "set", "update",
		"updateMany", "upsert", "delete", "deleteMany"
	};
	static const char *const update_one_ops[] = {
		"create", "connect", "connectOrCreate", "disconnect", "update", "upsert", "delete"
	};
	static const char *const where_data[] = {"where", "data"};
	static const char *const where_create[] = {"where", "create"};
	static const char *const upsert_keys[] = {"where", "create", "update"};
	static const char *const create_many_keys[] = {"data", "skipDuplicates"};
	bool		many = f->arity == PSL_LIST;
	bool		mn = f->relation->kind == PSL_REL_MANY_TO_MANY;
	PslModel   *related = f->related_model;
	PslField   *back = query_opposite_field(f);
	const char *const *ops = create ? create_ops : many ? update_ops : update_one_ops;
	int			nops = create ? lengthof(create_ops) : many ? lengthof(update_ops) : lengthof(update_one_ops);
	int			i,
				k;
	PslVec		items;
	QNested    *n;

	for (i = 0; i < nops; i++)
		if (strcmp(op, ops[i]) == 0)
			break;
	if (i == nops || (strcmp(op, "createMany") == 0 && (!many || mn)) ||
		(!many && strcmp(op, "delete") == 0 && f->arity != PSL_OPTIONAL) ||
		(!many && strcmp(op, "disconnect") == 0 && f->arity != PSL_OPTIONAL))
		query_unknown_argument(cx, op, ops, nops);
	query_path_push(cx, op);
	if (strcmp(op, "createMany") == 0)
	{
		n = new_nested(cx, d, f, QN_CREATE_MANY);
		parse_create_many_rows(cx, related, nested_object(cx, v, create_many_keys, 2, op), back,
							   &n->rows, &n->skip_duplicates);
		return;
	}
	if (strcmp(op, "set") == 0)
	{
		n = new_nested(cx, d, f, QN_SET);
		items = each_item(cx, v, true);
		for (k = 0; k < items.len; k++)
			psl_vec_push(cx->arena, &n->rows, query_parse_unique_where(cx, related, items.items[k]));
		return;
	}
	if (!many && (strcmp(op, "disconnect") == 0 || strcmp(op, "delete") == 0))
	{
		n = new_nested(cx, d, f, op[1] == 'i' ? QN_DISCONNECT : QN_DELETE);
		if (!to_one_flag(cx, n, related, v))
			d->nested.len--;	/* disconnect: false does nothing */
		return;
	}
	if (!many && strcmp(op, "update") == 0)
	{
		/* to-one update: the data, or {where, data} */
		n = new_nested(cx, d, f, QN_UPDATE);
		if (json_is_object(v) && json_object_get(v, "data") && json_object_size(v) <= 2 &&
			(json_object_size(v) == 1 || json_object_get(v, "where")))
		{
			json_t	   *w = json_object_get(v, "where");

			if (w)
				n->where = query_parse_where(cx, related, w);
			v = json_object_get(v, "data");
		}
		n->data = parse_data(cx, related, v, false, back);
		return;
	}
	items = each_item(cx, v, many);
	for (k = 0; k < items.len; k++)
	{
		json_t	   *x = items.items[k];

		if (strcmp(op, "create") == 0)
		{
			n = new_nested(cx, d, f, QN_CREATE);
			n->data = parse_data(cx, related, x, true, back);
		}
		else if (strcmp(op, "connect") == 0)
		{
			n = new_nested(cx, d, f, QN_CONNECT);
			n->where = query_parse_unique_where(cx, related, x);
		}
		else if (strcmp(op, "disconnect") == 0)
		{
			n = new_nested(cx, d, f, QN_DISCONNECT);
			n->where = query_parse_unique_where(cx, related, x);
		}
		else if (strcmp(op, "delete") == 0)
		{
			n = new_nested(cx, d, f, QN_DELETE);
			n->where = query_parse_unique_where(cx, related, x);
		}
		else if (strcmp(op, "connectOrCreate") == 0)
		{
			nested_object(cx, x, where_create, 2, op);
			n = new_nested(cx, d, f, QN_CONNECT_OR_CREATE);
			n->where = query_parse_unique_where(cx, related, required_key(cx, x, "where"));
			n->create = parse_data(cx, related, required_key(cx, x, "create"), true, back);
		}
		else if (strcmp(op, "update") == 0 || strcmp(op, "updateMany") == 0)
		{
			bool		unique = op[6] == '\0';

			nested_object(cx, x, where_data, 2, op);
			n = new_nested(cx, d, f, unique ? QN_UPDATE : QN_UPDATE_MANY);
			n->where = unique ? query_parse_unique_where(cx, related, required_key(cx, x, "where")) :
				query_parse_where(cx, related, required_key(cx, x, "where"));
			n->data = parse_data(cx, related, required_key(cx, x, "data"), false, back);
			if (!unique && n->data->nested.len > 0)
				query_validation_error(cx, "updateMany takes no nested writes.");
		}
		else if (strcmp(op, "upsert") == 0)
		{
			nested_object(cx, x, upsert_keys, 3, op);
			n = new_nested(cx, d, f, QN_UPSERT);
			if (many)
				n->where = query_parse_unique_where(cx, related, required_key(cx, x, "where"));
			else if (json_object_get(x, "where"))
				n->where = query_parse_where(cx, related, json_object_get(x, "where"));
			n->create = parse_data(cx, related, required_key(cx, x, "create"), true, back);
			n->data = parse_data(cx, related, required_key(cx, x, "update"), false, back);
		}
		else if (strcmp(op, "deleteMany") == 0)
		{
			n = new_nested(cx, d, f, QN_DELETE_MANY);
			n->where = query_parse_where(cx, related, x);
		}
	}
}

/* The nested writes of relation field f: {create: ..., connect: ..., ...}. */
static void
parse_nested(QContext *cx, QData *d, PslField *f, json_t *v, bool create)
{
	const char *op;
	json_t	   *x;

	if (!json_is_object(v))
		query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected a nested write object.",
							   f->name);
	if (create && f->arity != PSL_LIST && json_object_size(v) > 1)
		query_validation_error(cx, "Argument `%s` of a create needs exactly one of `create`, `connect` or `connectOrCreate`.",
							   f->name);
	json_object_foreach(v, op, x)
	{
		int			saved = cx->path.len;

		parse_nested_op(cx, d, f, op, x, create);
		query_path_pop(cx, saved);
	}
}

/* Has the data object an assignment of f? */
static bool
assigns_field(QData *d, PslField *f)
{
	int			i;

	for (i = 0; i < d->assigns.len; i++)
		if (((QAssign *) d->assigns.items[i])->field == f)
			return true;
	return false;
}

/* Has the data object a nested write on relation f? */
static bool
writes_relation(QData *d, PslField *f)
{
	int			i;

	for (i = 0; i < d->nested.len; i++)
		if (((QNested *) d->nested.items[i])->relation == f)
			return true;
	return false;
}

/* Have all the fields a default (so a relation through them can be left out)? */
static bool
fields_have_defaults(PslVec *fields)
{
	int			i;

	for (i = 0; i < fields->len; i++)
		if (((PslField *) fields->items[i])->default_value.kind == PSL_DEFAULT_NONE)
			return false;
	return true;
}

/*
 * A created record's missing values: generated defaults are filled in,
 * and a required field or relation nobody gives is an error.
 */
static void
complete_create(QContext *cx, QData *d, PslField *back, bool unchecked)
{
	PslModel   *model = d->model;
	int			i,
				k;

	for (i = 0; i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];
		char	   *generated;

		if (f->ignored || f->kind == PSL_FIELD_UNSUPPORTED || f == back)
			continue;
		if (f->kind == PSL_FIELD_RELATION)
		{
			/* a required relation this record holds the foreign key of */
			if (f->relation->fk_field != f || f->arity != PSL_REQUIRED || writes_relation(d, f) ||
				fields_have_defaults(&f->rel_fields))
				continue;
			for (k = 0; k < f->rel_fields.len; k++)
				if (!assigns_field(d, f->rel_fields.items[k]))
					query_missing_argument(cx, unchecked ? ((PslField *) f->rel_fields.items[k])->name :
										   f->name);
			continue;
		}
		if (assigns_field(d, f))
			continue;
		if (f->updated_at)
		{
			add_assign(cx, d, f, QA_SET, query_value_text(cx, f, cx->now));
			continue;
		}
		generated = query_generate_default(&f->default_value);
		if (generated)
			add_assign(cx, d, f, QA_SET, query_value_text(cx, f, generated));
		else if (f->arity == PSL_REQUIRED && f->default_value.kind == PSL_DEFAULT_NONE &&
				 fk_relation_of(f) == NULL)
			query_missing_argument(cx, f->name);
	}
}

/*
 * A data object of `model`.  back: in a nested write, the relation field
 * of this model that points to the parent; it and its foreign key are set
 * by the parent and cannot be given.
 */
static QData *
parse_data(QContext *cx, PslModel *model, json_t *data, bool create, PslField *back)
{
	QData	   *d = palloc0(sizeof(QData));
	bool		unchecked = false;
	const char *key;
	json_t	   *v;
	int			i;

	d->model = model;
	if (!json_is_object(data))
		query_validation_error(cx, "Argument `data`: Invalid value provided. Expected %s%sInput, provided %s.",
							   model->name, create ? "Create" : "Update",
							   json_is_array(data) ? "List" : "a scalar value");
	if (++cx->depth > prisma_max_depth)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("P2009: the write nests relations deeper than prisma.max_depth (%d) at `%s`",
						prisma_max_depth, cx->path.data),
				 errhint("Raise prisma.max_depth, or split the write.")));
	/* unchecked input: a foreign-key scalar is given */
	json_object_foreach(data, key, v)
	{
		PslField   *f = psl_find_field(model, key);

		if (f && f->kind != PSL_FIELD_RELATION &&
			((fk_relation_of(f) && fk_relation_of(f) != back) || is_autoincrement(f)))
			unchecked = true;
	}
	json_object_foreach(data, key, v)
	{
		PslField   *f = psl_find_field(model, key);
		PslField   *fkrel = f && f->kind != PSL_FIELD_RELATION ? fk_relation_of(f) : NULL;
		int			saved = cx->path.len;

		CHECK_FOR_INTERRUPTS();
		if (f == NULL || f->ignored || f->kind == PSL_FIELD_UNSUPPORTED || f == back ||
			(fkrel && fkrel == back) ||
			(unchecked && f->kind == PSL_FIELD_RELATION && f->relation->fk_field == f))
		{
			int			n;
			const char **names = data_candidates(model, back, unchecked, &n);

			query_unknown_argument(cx, key, names, n);
		}
		query_path_push(cx, key);
		if (f->kind == PSL_FIELD_RELATION)
			parse_nested(cx, d, f, v, create);
		else
		{
			if (json_is_null(v) && f->arity != PSL_OPTIONAL && f->arity != PSL_LIST)
				query_validation_error(cx, "Argument `%s` must not be null.", f->name);
			parse_assign(cx, d, f, v, create);
		}
		query_path_pop(cx, saved);
	}
	if (create)
		complete_create(cx, d, back, unchecked);
	else if (d->assigns.len > 0)
	{
		/* an update that writes a field stamps @updatedAt */
		for (i = 0; i < model->fields.len; i++)
		{
			PslField   *f = model->fields.items[i];

			if (f->updated_at && !f->ignored && !assigns_field(d, f))
				add_assign(cx, d, f, QA_SET, query_value_text(cx, f, cx->now));
		}
	}
	cx->depth--;
	return d;
}

/* The returned record's selection of a write: select / include / omit. */
static void
parse_returned(QContext *cx, QDocument *doc, json_t *args)
{
	doc->read = palloc0(sizeof(QRead));
	doc->read->model = doc->model;
	query_parse_selection(cx, doc->read, args);
}

/* The write of a document, with @updatedAt's timestamp for it. */
static QWrite *
new_write(QContext *cx, QDocument *doc)
{
	if (cx->now == NULL)
		cx->now = query_now_text();
	doc->write = palloc0(sizeof(QWrite));
	return doc->write;
}

/* A required argument of the document. */
static json_t *
document_argument(QContext *cx, json_t *args, const char *name)
{
	json_t	   *v = args ? json_object_get(args, name) : NULL;

	if (v == NULL)
		query_missing_argument(cx, name);
	return v;
}

/* The `data` argument, read with its path. */
static QData *
document_data(QContext *cx, QDocument *doc, json_t *args, const char *name, bool create)
{
	int			saved = cx->path.len;
	QData	   *d;

	query_path_push(cx, name);
	d = parse_data(cx, doc->model, document_argument(cx, args, name), create, NULL);
	query_path_pop(cx, saved);
	return d;
}

/* limit of updateMany / deleteMany. */
static void
parse_limit(QContext *cx, QWrite *w, json_t *args)
{
	json_t	   *v = args ? json_object_get(args, "limit") : NULL;

	if (v == NULL || json_is_null(v))
		return;
	if (!json_is_integer(v))
		query_validation_error(cx, "Argument `limit`: Invalid value provided. Expected Int.");
	if (json_integer_value(v) < 0)
		query_input_error(psprintf("Provided limit (%lld) must be a positive integer.",
								   (long long) json_integer_value(v)));
	w->has_limit = true;
	w->limit = json_integer_value(v);
}

/* create: {data, select, include, omit} */
void
query_parse_create(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"data", "select", "include", "omit"};
	QWrite	   *w = new_write(cx, doc);

	json_t	   *data = args ? json_object_get(args, "data") : NULL;
	int			saved = cx->path.len;

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	/* the engine takes a create without data: every field has its default */
	query_path_push(cx, "data");
	w->data = parse_data(cx, doc->model, data ? data : query_empty_object(), true, NULL);
	query_path_pop(cx, saved);
	parse_returned(cx, doc, args);
}

/* createMany: {data, skipDuplicates}; createManyAndReturn also selects. */
void
query_parse_create_many(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"data", "skipDuplicates", "select", "include", "omit"};
	bool		returns = doc->action->action == Q_CREATE_MANY_AND_RETURN;
	QWrite	   *w = new_write(cx, doc);

	query_check_arguments(cx, args, allowed, returns ? lengthof(allowed) : 2);
	if (args == NULL)
		query_missing_argument(cx, "data");
	parse_create_many_rows(cx, doc->model, args, NULL, &w->rows, &w->skip_duplicates);
	if (returns)
		parse_returned(cx, doc, args);
}

/* update: {where, data, select, include, omit} */
void
query_parse_update(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"where", "data", "select", "include", "omit"};
	QWrite	   *w = new_write(cx, doc);

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	w->where = query_parse_unique_where(cx, doc->model, document_argument(cx, args, "where"));
	w->data = document_data(cx, doc, args, "data", false);
	parse_returned(cx, doc, args);
}

/* updateMany: {where, data, limit}; updateManyAndReturn also selects. */
void
query_parse_update_many(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"where", "data", "limit", "select", "include", "omit"};
	bool		returns = doc->action->action == Q_UPDATE_MANY_AND_RETURN;
	QWrite	   *w = new_write(cx, doc);
	json_t	   *where = args ? json_object_get(args, "where") : NULL;

	query_check_arguments(cx, args, allowed, returns ? lengthof(allowed) : 3);
	if (where)
		w->where = query_parse_where(cx, doc->model, where);
	w->data = document_data(cx, doc, args, "data", false);
	if (w->data->nested.len > 0)
		query_validation_error(cx, "%s takes no nested writes.", doc->action->name);
	parse_limit(cx, w, args);
	if (returns)
		parse_returned(cx, doc, args);
}

/*
 * Prisma's conditions for a native upsert (INSERT ... ON CONFLICT DO
 * UPDATE): no nested writes, one unique field in where, and the create
 * gives that field the same value.
 */
static void
decide_native_upsert(QContext *cx, QDocument *doc, json_t *where)
{
	QWrite	   *w = doc->write;
	const char *key;
	json_t	   *v;
	PslField   *f;
	int			i;

	if (w->data->nested.len > 0 || w->create->nested.len > 0 || json_object_size(where) != 1)
		return;
	json_object_foreach(where, key, v)
	{
		f = psl_find_field(doc->model, key);
		if (f == NULL || f->kind == PSL_FIELD_RELATION || !(f->is_unique || f->is_id) ||
			json_is_object(v) || json_is_array(v))
			return;
		for (i = 0; i < w->create->assigns.len; i++)
		{
			QAssign    *a = w->create->assigns.items[i];
			QValue	   *same = query_value(cx, f, v, false);

			if (a->field == f && !a->value->is_null && strcmp(a->value->text, same->text) == 0)
			{
				w->native_upsert = true;
				w->conflict_field = f;
			}
		}
	}
}

/* upsert: {where, create, update, select, include, omit} */
void
query_parse_upsert(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"where", "create", "update", "select", "include", "omit"};
	QWrite	   *w = new_write(cx, doc);
	json_t	   *where = document_argument(cx, args, "where");

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	w->where = query_parse_unique_where(cx, doc->model, where);
	w->create = document_data(cx, doc, args, "create", true);
	w->data = document_data(cx, doc, args, "update", false);
	decide_native_upsert(cx, doc, where);
	parse_returned(cx, doc, args);
}

/* delete: {where, select, include, omit} */
void
query_parse_delete(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"where", "select", "include", "omit"};
	QWrite	   *w = new_write(cx, doc);

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	w->where = query_parse_unique_where(cx, doc->model, document_argument(cx, args, "where"));
	parse_returned(cx, doc, args);
}

/* deleteMany: {where, limit} */
void
query_parse_delete_many(QContext *cx, QDocument *doc, json_t *args)
{
	static const char *const allowed[] = {"where", "limit"};
	QWrite	   *w = new_write(cx, doc);
	json_t	   *where = args ? json_object_get(args, "where") : NULL;

	query_check_arguments(cx, args, allowed, lengthof(allowed));
	if (where)
		w->where = query_parse_where(cx, doc->model, where);
	parse_limit(cx, w, args);
}
