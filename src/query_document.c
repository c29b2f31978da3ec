/*
 * query_document.c
 *		Parse a query document with jansson and validate its envelope:
 *		{"model": "...", "action": "...", "args": {...}} -> QDocument.
 *
 * jansson allocates through palloc (pg_alloc.c), so nothing here needs
 * freeing: an ERROR anywhere releases it with the memory context.
 */
#include "postgres.h"

#include <ctype.h>

#include <jansson.h>

#include "query.h"

/*
 * Every action Prisma Client has: its parser (arguments -> QDocument), its
 * compiler (QDocument -> QProgram) and what its result is.
 */
static const QActionDef actions[] = {
	{"findUnique", Q_FIND_UNIQUE, query_parse_find_unique, query_compile_read, QRESULT_OBJECT_OR_NULL, false},
	{"findUniqueOrThrow", Q_FIND_UNIQUE_OR_THROW, query_parse_find_unique, query_compile_read, QRESULT_OBJECT, false},
	{"findFirst", Q_FIND_FIRST, query_parse_find_many, query_compile_read, QRESULT_OBJECT_OR_NULL, false},
	{"findFirstOrThrow", Q_FIND_FIRST_OR_THROW, query_parse_find_many, query_compile_read, QRESULT_OBJECT, false},
	{"findMany", Q_FIND_MANY, query_parse_find_many, query_compile_read, QRESULT_LIST, false},
	{"create", Q_CREATE, query_parse_create, query_compile_create, QRESULT_OBJECT, true},
	{"createMany", Q_CREATE_MANY, query_parse_create_many, query_compile_create_many, QRESULT_COUNT, true},
	{"createManyAndReturn", Q_CREATE_MANY_AND_RETURN, query_parse_create_many, query_compile_create_many, QRESULT_LIST, true},
	{"update", Q_UPDATE, query_parse_update, query_compile_update, QRESULT_OBJECT, true},
	{"updateMany", Q_UPDATE_MANY, query_parse_update_many, query_compile_update_many, QRESULT_COUNT, true},
	{"updateManyAndReturn", Q_UPDATE_MANY_AND_RETURN, query_parse_update_many, query_compile_update_many, QRESULT_LIST, true},
	{"upsert", Q_UPSERT, query_parse_upsert, query_compile_upsert, QRESULT_OBJECT, true},
	{"delete", Q_DELETE, query_parse_delete, query_compile_delete, QRESULT_OBJECT, true},
	{"deleteMany", Q_DELETE_MANY, query_parse_delete_many, query_compile_delete_many, QRESULT_COUNT, true},
	{"count", Q_COUNT, query_parse_count, query_compile_aggregate, QRESULT_OBJECT, false},
	{"aggregate", Q_AGGREGATE, query_parse_aggregate, query_compile_aggregate, QRESULT_OBJECT, false},
	{"groupBy", Q_GROUP_BY, query_parse_group_by, query_compile_group_by, QRESULT_LIST, false},
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

/* Does the integer literal s[0..len) fit in 64 bits? */
static bool
fits_int64(const char *s, int len)
{
	char	   *digits = pnstrdup(s, len);
	char	   *end;

	errno = 0;
	(void) strtoll(digits, &end, 10);
	return errno != ERANGE;
}

/*
 * The document text with every integer literal too large for 64 bits
 * written as a real ("1e20" for 100000000000000000000): jansson rejects
 * such integers, while a JavaScript client reads any JSON number as a
 * double.  Strings are left alone.
 */
static char *
big_integers_as_reals(const char *text, int len)
{
	StringInfoData out;
	int			i = 0;

	initStringInfo(&out);
	while (i < len)
	{
		if (text[i] == '"')
		{
			int			start = i++;

			while (i < len && text[i] != '"')
				i += text[i] == '\\' ? 2 : 1;
			i = Min(i + 1, len);
			appendBinaryStringInfo(&out, text + start, i - start);
		}
		else if (text[i] == '-' || (text[i] >= '0' && text[i] <= '9'))
		{
			int			start = i++;
			bool		integer = true;

			while (i < len && (isdigit((unsigned char) text[i]) || text[i] == '.' ||
							   text[i] == 'e' || text[i] == 'E' || text[i] == '+' || text[i] == '-'))
			{
				integer &= isdigit((unsigned char) text[i]) != 0;
				i++;
			}
			appendBinaryStringInfo(&out, text + start, i - start);
			if (integer && !fits_int64(text + start, i - start))
				appendStringInfoString(&out, ".0");
		}
		else
			appendStringInfoChar(&out, text[i++]);
	}
	return out.data;
}

/* Parse document text (an object, or an array of them for a batch). */
json_t *
query_load_json(const char *text, int len)
{
	json_error_t err;
	json_t	   *root = json_loadb(text, len, JSON_DECODE_ANY, &err);

	if (root == NULL && strstr(err.text, "too big integer") != NULL)
	{
		char	   *again = big_integers_as_reals(text, len);

		root = json_loadb(again, strlen(again), JSON_DECODE_ANY, &err);
	}
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
	doc->emulate_relations = cx->schema->datasource && cx->schema->datasource->relation_mode_prisma;
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
	for (i = 0; i < (int) lengthof(actions); i++)
		if (strcmp(json_string_value(action_v), actions[i].name) == 0)
			break;
	if (i == (int) lengthof(actions))
	{
		const char *names[lengthof(actions)];
		int			k;

		for (k = 0; k < (int) lengthof(actions); k++)
			names[k] = actions[k].name;
		query_unknown_name(cx, "action", json_string_value(action_v), names, lengthof(actions));
	}
	doc->action = &actions[i];
	appendStringInfoString(&cx->path, actions[i].name);

	if (!json_is_string(model_v))
		query_validation_error(cx, "The query document needs a \"model\" string.");
	doc->model = find_model(cx->schema, json_string_value(model_v));
	if (doc->model == NULL || doc->model->ignored)
	{
		int			n;
		const char **names = model_names(cx->schema, &n);

		query_unknown_name(cx, "model", json_string_value(model_v), names, n);
	}
	if (doc->action->writes && doc->model->is_view)
		query_validation_error(cx, "The view `%s` is read-only: it has no `%s`.", doc->model->name,
							   doc->action->name);
	if (args != NULL && !json_is_null(args) && !json_is_object(args))
		query_validation_error(cx, "Argument `args` must be an object.");
	if (json_is_null(args))
		args = NULL;
	doc->action->parse(cx, doc, args);
	return doc;
}

/*
 * A new empty JSON object.  Not jansson's json_object(): the postgres
 * executable exports a json_object() of its own (the SQL function), and a
 * module's call to that name binds to the server's.
 */
json_t *
query_empty_object(void)
{
	return json_loads("{}", 0, NULL);
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
