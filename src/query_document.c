/*
 * query_document.c
 *		Parse a query document with jansson and validate its envelope:
 *		{"model": "...", "action": "...", "args": {...}} -> QDocument.
 *
 * jansson allocates through palloc (pg_alloc.c), so nothing here needs
 * freeing: an ERROR anywhere releases it with the memory context.
 */
#include "postgres.h"

#include <jansson.h>

#include "query.h"

static const char *const action_names[] = {
	"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany"
};

/* Actions that exist in Prisma Client but are not implemented yet. */
static const char *const later_actions[] = {
	"create", "createMany", "createManyAndReturn", "update", "updateMany",
	"updateManyAndReturn", "upsert", "delete", "deleteMany", "count", "aggregate", "groupBy"
};

/* Model names, for suggestions. */
static const char **
model_names(PslSchema *schema, int *n)
{
	const char **names = palloc(sizeof(char *) * (schema->models.len + 1));
	int			i,
				k = 0;

	for (i = 0; i < schema->models.len; i++)
	{
		PslModel   *m = schema->models.items[i];

		if (!m->ignored)
			names[k++] = m->name;
	}
	*n = k;
	return names;
}

/* Find a model by name; Prisma Client's delegates are lower-camel-case too. */
static PslModel *
find_model(PslSchema *schema, const char *name)
{
	int			i;
	PslModel   *m = psl_find_model(schema, name);

	if (m)
		return m;
	for (i = 0; i < schema->models.len; i++)
	{
		m = schema->models.items[i];
		if (pg_strcasecmp(m->name, name) == 0 && pg_tolower((unsigned char) name[0]) == name[0] &&
			strcmp(m->name + 1, name + 1) == 0)
			return m;
	}
	return NULL;
}

/* Parse document text (an object, or an array of them for a batch). */
json_t *
query_load_json(const char *text, int len)
{
	json_error_t err;
	json_t	   *root = json_loadb(text, len, JSON_DECODE_ANY, &err);

	if (root == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("P2009: the query document is not valid JSON: %s (line %d, column %d)",
						err.text, err.line, err.column),
				 errdetail("{\"code\":\"P2009\",\"meta\":{\"reason\":\"invalid JSON\"}}")));
	return root;
}

QDocument *
query_parse_document(QContext *cx, json_t *root)
{
	json_t	   *model_v,
			   *action_v,
			   *args;
	QDocument  *doc = palloc0(sizeof(QDocument));
	const char *key;
	json_t	   *v;
	int			i;

	doc->arena = cx->arena;
	if (!json_is_object(root))
		query_validation_error(cx, "The query document must be a JSON object {\"model\", \"action\", \"args\"}.");
	json_object_foreach(root, key, v)
		if (strcmp(key, "model") != 0 && strcmp(key, "action") != 0 && strcmp(key, "args") != 0)
			query_validation_error(cx, "Unknown key `%s` in the query document: it takes \"model\", \"action\" and \"args\".",
								   key);

	model_v = json_object_get(root, "model");
	action_v = json_object_get(root, "action");
	args = json_object_get(root, "args");
	if (!json_is_string(action_v))
		query_validation_error(cx, "The query document needs an \"action\" string.");
	for (i = 0; i < (int) lengthof(action_names); i++)
		if (strcmp(json_string_value(action_v), action_names[i]) == 0)
			break;
	if (i == (int) lengthof(action_names))
	{
		int			k;

		for (k = 0; k < (int) lengthof(later_actions); k++)
			if (strcmp(json_string_value(action_v), later_actions[k]) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("P2009: the action `%s` is not supported yet", later_actions[k]),
						 errdetail("{\"code\":\"P2009\",\"meta\":{\"action\":\"%s\",\"notSupported\":true}}",
								   later_actions[k])));
		query_unknown_name(cx, "action", json_string_value(action_v), action_names, lengthof(action_names));
	}
	doc->action = (QAction) i;
	appendStringInfoString(&cx->path, action_names[i]);

	if (!json_is_string(model_v))
		query_validation_error(cx, "The query document needs a \"model\" string.");
	doc->model = find_model(cx->schema, json_string_value(model_v));
	if (doc->model == NULL || doc->model->ignored)
	{
		int			n;
		const char **names = model_names(cx->schema, &n);

		query_unknown_name(cx, "model", json_string_value(model_v), names, n);
	}
	if (args != NULL && !json_is_null(args) && !json_is_object(args))
		query_validation_error(cx, "Argument `args` must be an object.");
	if (json_is_null(args))
		args = NULL;

	switch (doc->action)
	{
		case Q_FIND_UNIQUE:
		case Q_FIND_UNIQUE_OR_THROW:
			{
				json_t	   *where = args ? json_object_get(args, "where") : NULL;

				if (where == NULL)
					query_missing_argument(cx, "where");
				doc->read = query_parse_read(cx, doc->model, NULL, args, false, true);
				doc->read->where = query_parse_unique_where(cx, doc->model, where);
				break;
			}
		case Q_FIND_FIRST:
		case Q_FIND_FIRST_OR_THROW:
		case Q_FIND_MANY:
			doc->read = query_parse_read(cx, doc->model, NULL, args, true, true);
			if (doc->action != Q_FIND_MANY && doc->read->has_take &&
				doc->read->take != 1 && doc->read->take != -1)
				query_input_error("The 'findFirst' operation cannot be used with a 'take' argument that isn't 1 or -1");
			break;
	}
	return doc;
}

/* The number of documents of a batch (a JSON array), or -1 for one document. */
int
query_batch_size(json_t *root)
{
	return json_is_array(root) ? (int) json_array_size(root) : -1;
}

json_t *
query_batch_item(json_t *root, int i)
{
	return json_array_get(root, (size_t) i);
}
