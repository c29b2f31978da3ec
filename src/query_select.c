/*
 * query_select.c
 *		The arguments of a read -> QRead: select / include / omit / _count,
 *		and for list reads where / orderBy / take / skip / cursor / distinct.
 *
 * The same function reads the root arguments of findMany/findFirst/
 * findUnique and the arguments of every nested relation, so relations nest
 * to any depth (bounded by prisma.max_depth).  Selected fields are kept in
 * the model's field order, which is the key order of Prisma's results.
 * The selection (query_parse_selection) is also what a write returns.
 */
#include "postgres.h"

#include <jansson.h>

#include "miscadmin.h"

#include "query.h"

/* Scalar fields Prisma Client returns by default. */
static bool
is_default_scalar(PslField *f)
{
	return f->kind != PSL_FIELD_RELATION && f->kind != PSL_FIELD_UNSUPPORTED && !f->ignored;
}

/* Field names usable in a selection, for suggestions. */
static const char **
selection_candidates(PslModel *model, bool relations_only, int *n)
{
	const char **names = palloc(sizeof(char *) * (model->fields.len + 1));
	int			i,
				k = 0;

	for (i = 0; i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];

		if (f->kind == PSL_FIELD_UNSUPPORTED || f->ignored)
			continue;
		if (relations_only && f->kind != PSL_FIELD_RELATION)
			continue;
		names[k++] = f->name;
	}
	names[k++] = "_count";
	*n = k;
	return names;
}

/* true / false, or an object of nested args. */
static bool
is_selected(QContext *cx, json_t *v, const char *name)
{
	if (json_is_true(v) || json_is_object(v))
		return true;
	if (json_is_false(v))
		return false;
	query_validation_error(cx, "Invalid value for selection field `%s`: expected true, false or an object.",
						   name);
	return false;
}

/* _count: true | {select: {relation: true | {where}}} */
static void
parse_count(QContext *cx, QRead *read, json_t *v)
{
	PslModel   *model = read->model;
	json_t	   *sel;
	const char *key;
	json_t	   *x;
	int			i;

	if (!is_selected(cx, v, "_count"))
		return;
	read->sel.has_count = true;
	if (json_is_true(v))
	{
		for (i = 0; i < model->fields.len; i++)
		{
			PslField   *f = model->fields.items[i];

			if (f->kind == PSL_FIELD_RELATION && f->arity == PSL_LIST && !f->ignored)
			{
				QCount	   *c = palloc0(sizeof(QCount));

				c->relation = f;
				psl_vec_push(cx->arena, &read->sel.counts, c);
			}
		}
		return;
	}
	sel = json_object_get(v, "select");
	json_object_foreach(v, key, x)
		if (strcmp(key, "select") != 0)
	{
		static const char *const opts[] = {"select"};

		query_unknown_argument(cx, key, opts, 1);
	}
	if (sel == NULL || !json_is_object(sel))
		query_validation_error(cx, "Argument `select` of `_count` must be an object.");
	query_path_push(cx, "select");
	json_object_foreach(sel, key, x)
	{
		PslField   *f = psl_find_field(model, key);
		QCount	   *c;
		int			saved = cx->path.len;

		if (f == NULL || f->kind != PSL_FIELD_RELATION || f->arity != PSL_LIST || f->ignored)
		{
			const char **names = palloc(sizeof(char *) * (model->fields.len + 1));
			int			n = 0;

			for (i = 0; i < model->fields.len; i++)
			{
				PslField   *g = model->fields.items[i];

				if (g->kind == PSL_FIELD_RELATION && g->arity == PSL_LIST)
					names[n++] = g->name;
			}
			query_unknown_argument(cx, key, names, n);
		}
		if (!is_selected(cx, x, key))
			continue;
		c = palloc0(sizeof(QCount));
		c->relation = f;
		query_path_push(cx, key);
		if (json_is_object(x))
		{
			json_t	   *w = json_object_get(x, "where");
			const char *k2;
			json_t	   *y;

			json_object_foreach(x, k2, y)
				if (strcmp(k2, "where") != 0)
			{
				static const char *const opts[] = {"where"};

				query_unknown_argument(cx, k2, opts, 1);
			}
			if (w)
				c->where = query_parse_where(cx, f->related_model, w);
		}
		query_path_pop(cx, saved);
		psl_vec_push(cx->arena, &read->sel.counts, c);
	}
	if (read->sel.counts.len == 0)
		query_validation_error(cx, "The `select` statement for type %sCountOutputType needs at least one truthy value.",
							   model->name);
}

/* Append a selected field (NULL field: the _count object). */
static void
add_selected(QContext *cx, QRead *read, PslField *f, QRead *relation)
{
	QSelectedField *sf = palloc0(sizeof(QSelectedField));

	sf->field = f;
	sf->relation = relation;
	psl_vec_push(cx->arena, &read->sel.fields, sf);
}

/* A `_count` key of select or include: parse it and, when it counts anything, select it. */
static void
select_count(QContext *cx, QRead *read, json_t *v)
{
	int			saved = cx->path.len;

	query_path_push(cx, "_count");
	parse_count(cx, read, v);
	if (read->sel.has_count)
		add_selected(cx, read, NULL, NULL);
	query_path_pop(cx, saved);
}

/* The nested read of a selected relation field. */
static QRead *
nested_read(QContext *cx, PslField *f, json_t *v)
{
	QRead	   *r;

	if (++cx->depth > prisma_max_depth)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("P2009: the query nests relations deeper than prisma.max_depth (%d) at `%s`",
						prisma_max_depth, cx->path.data),
				 errhint("Raise prisma.max_depth, or split the query.")));
	r = query_parse_read(cx, f->related_model, f, json_is_object(v) ? v : NULL,
						 f->arity == PSL_LIST, false);
	cx->depth--;
	return r;
}

/* Non-negative or signed 64-bit integer argument. */
static int64
integer_arg(QContext *cx, json_t *v, const char *name, bool allow_negative)
{
	if (json_is_integer(v))
	{
		int64		n = json_integer_value(v);

		if (n < 0 && !allow_negative)
			query_validation_error(cx, "Invalid value for argument `%s`: must be a non-negative integer.", name);
		return n;
	}
	query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected Int, provided %s.",
						   name, json_is_string(v) ? "String" : "another type");
	return 0;
}

/* FOR UPDATE / FOR SHARE (a prisma_ext extension). */
static void
parse_lock(QContext *cx, QRead *read, json_t *v)
{
	json_t	   *mode = v;

	if (json_is_object(v))
	{
		const char *key;
		json_t	   *x;

		mode = json_object_get(v, "mode");
		json_object_foreach(v, key, x)
		{
			if (strcmp(key, "skipLocked") == 0)
				read->skip_locked = json_is_true(x);
			else if (strcmp(key, "noWait") == 0)
				read->no_wait = json_is_true(x);
			else if (strcmp(key, "mode") != 0)
			{
				static const char *const opts[] = {"mode", "skipLocked", "noWait"};

				query_unknown_argument(cx, key, opts, 3);
			}
		}
	}
	if (json_is_string(mode) && strcmp(json_string_value(mode), "update") == 0)
		read->lock = QLOCK_UPDATE;
	else if (json_is_string(mode) && strcmp(json_string_value(mode), "share") == 0)
		read->lock = QLOCK_SHARE;
	else
		query_validation_error(cx, "Invalid value for argument `lock`: expected \"update\", \"share\" or {\"mode\", \"skipLocked\", \"noWait\"}.");
	if (read->skip_locked && read->no_wait)
		query_validation_error(cx, "Argument `lock`: `skipLocked` and `noWait` cannot be used together.");
}

/* Reject an argument that is not among the allowed ones. */
void
query_check_arguments(QContext *cx, json_t *args, const char *const *allowed, int nallowed)
{
	const char *key;
	json_t	   *v;
	int			i;

	if (args == NULL)
		return;
	json_object_foreach(args, key, v)
	{
		bool		known = false;

		for (i = 0; i < nallowed; i++)
			known |= strcmp(key, allowed[i]) == 0;
		if (!known)
			query_unknown_argument(cx, key, allowed, nallowed);
	}
}

/*
 * select / include / omit (and their _count) of args -> read->sel.  No
 * selection means the model's default scalars.
 */
void
query_parse_selection(QContext *cx, QRead *read, json_t *args)
{
	PslModel   *model = read->model;
	json_t	   *select = args ? json_object_get(args, "select") : NULL;
	json_t	   *include = args ? json_object_get(args, "include") : NULL;
	json_t	   *omit = args ? json_object_get(args, "omit") : NULL;
	bool	   *omitted = palloc0(sizeof(bool) * (model->fields.len + 1));
	const char *key;
	json_t	   *v;
	int			i;

	if (select && include)
		query_validation_error(cx, "Please either use `include` or `select`, but not both at the same time.");
	if (select && omit)
		query_validation_error(cx, "Please either use `omit` or `select`, but not both at the same time.");

	if (select)
	{
		int			saved = cx->path.len;

		query_path_push(cx, "select");
		if (!json_is_object(select))
			query_validation_error(cx, "Argument `select`: Invalid value provided. Expected %sSelect, provided %s.",
								   model->name, json_is_array(select) ? "List" : "a scalar value");
		if (json_object_size(select) == 0)
			query_validation_error(cx, "The `select` statement for type %s must not be empty. Available options are listed in green.",
								   model->name);
		json_object_foreach(select, key, v)
		{
			int			saved2 = cx->path.len;
			PslField   *f;

			if (strcmp(key, "_count") == 0)
			{
				select_count(cx, read, v);
				continue;
			}
			f = psl_find_field(model, key);
			if (f == NULL || f->kind == PSL_FIELD_UNSUPPORTED || f->ignored)
			{
				int			n;
				const char **names = selection_candidates(model, false, &n);

				query_unknown_argument(cx, key, names, n);
			}
			query_path_push(cx, key);
			if (is_selected(cx, v, key))
			{
				/* Prisma returns selected fields in the order of the select */
				if (f->kind == PSL_FIELD_RELATION)
					add_selected(cx, read, f, nested_read(cx, f, v));
				else if (json_is_object(v))
					query_validation_error(cx, "Field `%s` is a scalar field and takes no arguments.", key);
				else
					add_selected(cx, read, f, NULL);
			}
			query_path_pop(cx, saved2);
		}
		query_path_pop(cx, saved);
	}
	else
	{
		if (omit)
		{
			int			saved = cx->path.len;

			query_path_push(cx, "omit");
			if (!json_is_object(omit))
				query_validation_error(cx, "Argument `omit`: Invalid value provided. Expected %sOmit.", model->name);
			json_object_foreach(omit, key, v)
			{
				PslField   *f = psl_find_field(model, key);

				if (f == NULL || !is_default_scalar(f))
				{
					int			n;
					const char **names = selection_candidates(model, false, &n);

					query_unknown_argument(cx, key, names, n - 1);
				}
				if (!json_is_boolean(v))
					query_validation_error(cx, "Invalid value for omit field `%s`: expected true or false.", key);
				if (json_is_true(v))
					omitted[f->position] = true;
			}
			query_path_pop(cx, saved);
		}
		/* the default scalars in model order, then the includes as written */
		for (i = 0; i < model->fields.len; i++)
			if (is_default_scalar(model->fields.items[i]) && !omitted[i])
				add_selected(cx, read, model->fields.items[i], NULL);
		if (include)
		{
			int			saved = cx->path.len;

			query_path_push(cx, "include");
			if (!json_is_object(include))
				query_validation_error(cx, "Argument `include`: Invalid value provided. Expected %sInclude.", model->name);
			json_object_foreach(include, key, v)
			{
				int			saved2 = cx->path.len;
				PslField   *f;

				if (strcmp(key, "_count") == 0)
				{
					select_count(cx, read, v);
					continue;
				}
				f = psl_find_field(model, key);
				if (f == NULL || f->kind != PSL_FIELD_RELATION || f->ignored)
				{
					int			n;
					const char **names = selection_candidates(model, true, &n);

					query_unknown_argument(cx, key, names, n);
				}
				query_path_push(cx, key);
				if (is_selected(cx, v, key))
					add_selected(cx, read, f, nested_read(cx, f, v));
				query_path_pop(cx, saved2);
			}
			query_path_pop(cx, saved);
		}
	}
	if (read->sel.fields.len == 0)
		query_validation_error(cx, "The query selects no fields of %s.", model->name);
}

/* where / orderBy / take / skip / cursor / distinct / lock of a read. */
static void
parse_list_arguments(QContext *cx, QRead *read, json_t *args, bool many, bool is_root)
{
	PslModel   *model = read->model;
	json_t	   *v;

	if (args != NULL && !many && !is_root && (v = json_object_get(args, "where")) != NULL)
		read->where = query_parse_where(cx, model, v);
	if (args == NULL || !(many || is_root))
		return;

	/* the arguments of list reads (and findFirst / findUnique filters) */
	if ((v = json_object_get(args, "where")) != NULL && (many || !is_root))
		read->where = query_parse_where(cx, model, v);
	if ((v = json_object_get(args, "orderBy")) != NULL)
		query_parse_order_by(cx, read, v);
	if ((v = json_object_get(args, "take")) != NULL && !json_is_null(v))
	{
		int			saved = cx->path.len;

		query_path_push(cx, "take");
		read->has_take = true;
		read->take = integer_arg(cx, v, "take", true);
		query_path_pop(cx, saved);
	}
	if ((v = json_object_get(args, "skip")) != NULL && !json_is_null(v))
	{
		int			saved = cx->path.len;

		query_path_push(cx, "skip");
		read->skip = integer_arg(cx, v, "skip", false);
		query_path_pop(cx, saved);
	}
	if ((v = json_object_get(args, "cursor")) != NULL && !json_is_null(v))
	{
		int			saved = cx->path.len;

		query_path_push(cx, "cursor");
		read->cursor = query_parse_unique_where(cx, model, v);
		query_path_pop(cx, saved);
	}
	if ((v = json_object_get(args, "distinct")) != NULL)
		query_parse_distinct(cx, read, v);
	if ((v = json_object_get(args, "relationLoadStrategy")) != NULL &&
		!(json_is_string(v) && (strcmp(json_string_value(v), "join") == 0 ||
								strcmp(json_string_value(v), "query") == 0)))
		query_validation_error(cx, "Invalid value for argument `relationLoadStrategy`. Expected RelationLoadStrategy.");
	if ((v = json_object_get(args, "lock")) != NULL)
	{
		int			saved = cx->path.len;

		query_path_push(cx, "lock");
		parse_lock(cx, read, v);
		query_path_pop(cx, saved);
	}
}

/* The list arguments of a root read, for the aggregations. */
void
query_parse_list_arguments(QContext *cx, QRead *read, json_t *args)
{
	parse_list_arguments(cx, read, args, true, true);
}

QRead *
query_parse_read(QContext *cx, PslModel *model, PslField *via, json_t *args, bool many,
				 bool is_root)
{
	/* the arguments each kind of read takes */
	static const char *const root_many[] = {
		"where", "orderBy", "cursor", "take", "skip", "distinct", "select", "include",
		"omit", "relationLoadStrategy", "lock"
	};
	static const char *const root_unique[] = {
		"where", "select", "include", "omit", "relationLoadStrategy", "lock"
	};
	static const char *const nested_many[] = {
		"where", "orderBy", "cursor", "take", "skip", "distinct", "select", "include", "omit"
	};
	static const char *const nested_one[] = {"select", "include", "omit"};
	static const char *const nested_optional_one[] = {"where", "select", "include", "omit"};
	QRead	   *read = palloc0(sizeof(QRead));

	read->model = model;
	read->via = via;
	if (is_root)
		query_check_arguments(cx, args, many ? root_many : root_unique,
							  many ? lengthof(root_many) : lengthof(root_unique));
	else if (many)
		query_check_arguments(cx, args, nested_many, lengthof(nested_many));
	else if (via && via->arity == PSL_OPTIONAL)
		/* an optional to-one relation may be filtered: null when no match */
		query_check_arguments(cx, args, nested_optional_one, lengthof(nested_optional_one));
	else
		query_check_arguments(cx, args, nested_one, lengthof(nested_one));
	query_parse_selection(cx, read, args);
	parse_list_arguments(cx, read, args, many, is_root);
	return read;
}

/* findUnique / findUniqueOrThrow: a unique where and a selection. */
void
query_parse_find_unique(QContext *cx, QDocument *doc, json_t *args)
{
	json_t	   *where = args ? json_object_get(args, "where") : NULL;

	if (where == NULL)
		query_missing_argument(cx, "where");
	doc->read = query_parse_read(cx, doc->model, NULL, args, false, true);
	doc->read->where = query_parse_unique_where(cx, doc->model, where);
}

/* findMany / findFirst / findFirstOrThrow. */
void
query_parse_find_many(QContext *cx, QDocument *doc, json_t *args)
{
	doc->read = query_parse_read(cx, doc->model, NULL, args, true, true);
	if (doc->action->action != Q_FIND_MANY && doc->read->has_take &&
		doc->read->take != 1 && doc->read->take != -1)
		query_input_error("The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1");
}
