/*
 * query_order.c
 *		`orderBy` and `distinct` arguments.
 *
 * orderBy takes an object or an array of objects, each with exactly one
 * key: a scalar field with "asc"/"desc" or {sort, nulls}, a to-one
 * relation with a nested orderBy, a to-many relation with
 * {_count: "asc"|"desc"}, or the full-text _relevance of String fields.
 */
#include "postgres.h"

#include <jansson.h>

#include "query.h"

/* Read "asc"/"desc". */
static bool
parse_direction(QContext *cx, json_t *v)
{
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;

	if (s && strcmp(s, "asc") == 0)
		return false;
	if (s && strcmp(s, "desc") == 0)
		return true;
	query_validation_error(cx, "Invalid value for argument `%s`. Expected SortOrder.",
						   strrchr(cx->path.data, '.') ? strrchr(cx->path.data, '.') + 1 : cx->path.data);
	return false;
}

/* The names an orderBy object of this model accepts. */
static const char **
order_candidates(PslModel *model, int *n)
{
	const char **names = palloc(sizeof(char *) * (model->fields.len + 1));
	int			i,
				k = 0;

	for (i = 0; i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];

		if (f->kind != PSL_FIELD_UNSUPPORTED && !f->ignored && f->arity != PSL_LIST)
			names[k++] = f->name;
		else if (f->kind == PSL_FIELD_RELATION && !f->ignored)
			names[k++] = f->name;
	}
	*n = k;
	return names;
}

/*
 * {_relevance: {fields: "title" | ["title", "body"], search: "cat & dog",
 * sort: "asc" | "desc"}}: the ts_rank of the fields' text for the query.
 */
static QOrderBy *
parse_relevance(QContext *cx, PslModel *model, json_t *v)
{
	static const char *const keys[] = {"fields", "search", "sort"};
	QOrderBy   *ob = palloc0(sizeof(QOrderBy));
	json_t	   *fields = json_is_object(v) ? json_object_get(v, "fields") : NULL;
	json_t	   *search = json_is_object(v) ? json_object_get(v, "search") : NULL;
	json_t	   *sort = json_is_object(v) ? json_object_get(v, "sort") : NULL;
	json_t	   *list = fields;
	const char *key;
	json_t	   *x;
	size_t		i;

	if (!json_is_object(v))
		query_validation_error(cx, "Argument `_relevance`: Invalid value provided. Expected %sOrderByRelevanceInput.",
							   model->name);
	json_object_foreach(v, key, x)
		if (strcmp(key, "fields") != 0 && strcmp(key, "search") != 0 && strcmp(key, "sort") != 0)
		query_unknown_argument(cx, key, keys, lengthof(keys));
	if (fields == NULL)
		query_missing_argument(cx, "fields");
	if (search == NULL)
		query_missing_argument(cx, "search");
	if (sort == NULL)
		query_missing_argument(cx, "sort");
	if (json_is_string(fields))
	{
		list = json_array();
		json_array_append(list, fields);
	}
	if (!json_is_array(list) || json_array_size(list) == 0)
		query_validation_error(cx, "Argument `fields`: Invalid value provided. Expected %sOrderByRelevanceFieldEnum.",
							   model->name);
	json_array_foreach(list, i, x)
	{
		PslField   *f = json_is_string(x) ? psl_find_field(model, json_string_value(x)) : NULL;

		if (f == NULL || f->ignored || f->kind != PSL_FIELD_SCALAR || f->scalar != PSL_TYPE_STRING ||
			f->arity == PSL_LIST)
			query_validation_error(cx, "Invalid value for argument `fields`. Expected %sOrderByRelevanceFieldEnum.",
								   model->name);
		psl_vec_push(cx->arena, &ob->relevance, f);
	}
	ob->field = ob->relevance.items[0];
	if (!json_is_string(search))
		query_validation_error(cx, "Argument `search`: Invalid value provided. Expected String.");
	ob->search = query_value(cx, ob->field, search, false);
	ob->desc = parse_direction(cx, sort);
	return ob;
}

/* One orderBy object, following to-one relations into `path`. */
static void
parse_order_object(QContext *cx, QRead *read, PslModel *model, json_t *obj, PslVec *path)
{
	const char *key;
	json_t	   *v;
	PslField   *field;
	QOrderBy   *ob;
	int			saved = cx->path.len;

	if (!json_is_object(obj))
		query_validation_error(cx, "Argument `orderBy`: Invalid value provided. Expected %sOrderByWithRelationInput, provided %s.",
							   model->name, json_is_array(obj) ? "List" : "a scalar value");
	if (json_object_size(obj) != 1)
	{
		if (json_object_size(obj) == 0)
			return;
		query_validation_error(cx, "Argument `orderBy` of type %sOrderByWithRelationInput needs exactly one argument, but you provided %zu.",
							   model->name, json_object_size(obj));
	}
	json_object_foreach(obj, key, v)
	{
		query_path_push(cx, key);
		if (strcmp(key, "_relevance") == 0)
		{
			/* of this model's fields, at the end of the to-one relations walked */
			ob = parse_relevance(cx, model, v);
			ob->path = *path;
			psl_vec_push(cx->arena, &read->order_by, ob);
			query_path_pop(cx, saved);
			continue;
		}
		field = psl_find_field(model, key);
		if (field == NULL || field->kind == PSL_FIELD_UNSUPPORTED || field->ignored)
		{
			int			n;
			const char **names = order_candidates(model, &n);

			query_path_pop(cx, saved);
			query_unknown_argument(cx, key, names, n);
		}
		ob = palloc0(sizeof(QOrderBy));
		ob->path = *path;
		ob->field = field;
		if (field->kind == PSL_FIELD_RELATION && field->arity != PSL_LIST)
		{
			PslVec		deeper = {NULL, 0, 0};
			int			i;

			for (i = 0; i < path->len; i++)
				psl_vec_push(cx->arena, &deeper, path->items[i]);
			psl_vec_push(cx->arena, &deeper, field);
			parse_order_object(cx, read, field->related_model, v, &deeper);
			query_path_pop(cx, saved);
			continue;
		}
		if (field->kind == PSL_FIELD_RELATION)
		{
			json_t	   *c = json_is_object(v) ? json_object_get(v, "_count") : NULL;

			if (c == NULL || json_object_size(v) != 1)
				query_validation_error(cx, "Argument `%s`: Invalid value provided. Expected %sOrderByRelationAggregateInput.",
									   key, field->related_model->name);
			query_path_push(cx, "_count");
			ob->count = true;
			ob->desc = parse_direction(cx, c);
		}
		else if (field->arity == PSL_LIST)
			query_validation_error(cx, "Argument `%s`: scalar lists cannot be used in orderBy.", key);
		else if (json_is_object(v))
		{
			json_t	   *sort = json_object_get(v, "sort");
			json_t	   *nulls = json_object_get(v, "nulls");
			const char *k2;
			json_t	   *x;

			json_object_foreach(v, k2, x)
				if (strcmp(k2, "sort") != 0 && strcmp(k2, "nulls") != 0)
			{
				static const char *const opts[] = {"sort", "nulls"};

				query_unknown_argument(cx, k2, opts, 2);
			}
			if (sort == NULL)
				query_validation_error(cx, "Argument `sort` is missing.");
			{
				int			before_sort = cx->path.len;

				query_path_push(cx, "sort");
				ob->desc = parse_direction(cx, sort);
				query_path_pop(cx, before_sort);
			}
			if (nulls)
			{
				const char *s = json_is_string(nulls) ? json_string_value(nulls) : "";

				if (field->arity != PSL_OPTIONAL)
					query_validation_error(cx, "Argument `nulls` is only available on optional fields.");
				if (strcmp(s, "first") == 0)
					ob->nulls = QNULLS_FIRST;
				else if (strcmp(s, "last") == 0)
					ob->nulls = QNULLS_LAST;
				else
					query_validation_error(cx, "Invalid value for argument `nulls`. Expected NullsOrder.");
			}
		}
		else
			ob->desc = parse_direction(cx, v);
		psl_vec_push(cx->arena, &read->order_by, ob);
		query_path_pop(cx, saved);
	}
}

void
query_parse_order_by(QContext *cx, QRead *read, json_t *value)
{
	int			saved = cx->path.len;
	PslVec		path = {NULL, 0, 0};

	query_path_push(cx, "orderBy");
	if (json_is_array(value))
	{
		size_t		i;
		json_t	   *item;

		json_array_foreach(value, i, item)
			parse_order_object(cx, read, read->model, item, &path);
	}
	else
		parse_order_object(cx, read, read->model, value, &path);
	query_path_pop(cx, saved);
}

void
query_parse_distinct(QContext *cx, QRead *read, json_t *value)
{
	int			saved = cx->path.len;
	json_t	   *list = value;
	size_t		i;
	json_t	   *item;

	query_path_push(cx, "distinct");
	if (json_is_string(value))
	{
		list = json_array();
		json_array_append(list, value);
	}
	if (!json_is_array(list))
		query_validation_error(cx, "Argument `distinct`: Invalid value provided. Expected %sScalarFieldEnum or %sScalarFieldEnum[].",
							   read->model->name, read->model->name);
	json_array_foreach(list, i, item)
	{
		PslField   *f = json_is_string(item) ? psl_find_field(read->model, json_string_value(item)) : NULL;

		if (f == NULL || f->kind == PSL_FIELD_RELATION || f->kind == PSL_FIELD_UNSUPPORTED)
			query_validation_error(cx, "Invalid value for argument `distinct`. Expected %sScalarFieldEnum.",
								   read->model->name);
		psl_vec_push(cx->arena, &read->distinct, f);
	}
	query_path_pop(cx, saved);
}
