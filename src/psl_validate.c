/*
 * psl_validate.c
 *		The validation pipeline: AST -> resolved PslSchema.
 *
 * This file runs the phases (see psl_validate_int.h), and owns the name
 * pass, type resolution and the datasource/generator configuration.
 * Attributes live in psl_attributes.c and relations in psl_relations.c.
 * Messages are Prisma 7.10's, word for word.
 */
#include "psl_validate_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const builtin_names[] = {
	"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"
};
static const PslScalarType builtin_types[] = {
	PSL_TYPE_STRING, PSL_TYPE_BOOLEAN, PSL_TYPE_INT, PSL_TYPE_BIGINT, PSL_TYPE_FLOAT,
	PSL_TYPE_DECIMAL, PSL_TYPE_DATETIME, PSL_TYPE_JSON, PSL_TYPE_BYTES
};

/* Model names Prisma Client reserves (JavaScript keywords and its own). */
static const char *const reserved_model_names[] = {
	"PrismaClient", "async", "await", "break", "case", "catch", "class", "const",
	"continue", "debugger", "default", "delete", "do", "else", "enum", "export",
	"extends", "false", "finally", "for", "function", "if", "implements", "import",
	"in", "instanceof", "interface", "let", "new", "null", "package", "private",
	"protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
	"typeof", "var", "void", "while", "with", "yield", NULL
};

static const char *const preview_features[] = {
	"fullTextSearchPostgres", "nativeDistinct", "partialIndexes", "postgresqlExtensions",
	"relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks",
	"typedSql", "views", NULL
};

bool
v_is_builtin_scalar(const char *name, PslScalarType *out)
{
	size_t		i;

	for (i = 0; i < sizeof(builtin_names) / sizeof(builtin_names[0]); i++)
		if (strcmp(name, builtin_names[i]) == 0)
		{
			if (out)
				*out = builtin_types[i];
			return true;
		}
	return false;
}

const char *
psl_scalar_type_name(PslScalarType t)
{
	size_t		i;

	for (i = 0; i < sizeof(builtin_types) / sizeof(builtin_types[0]); i++)
		if (builtin_types[i] == t)
			return builtin_names[i];
	return "Unsupported";
}

/* Extend a span to the end of its line, newline included (Prisma's field spans). */
PslSpan
v_line_span(Validator *v, PslSpan span)
{
	PslSpan		s = span;

	while (s.end < v->src_len && v->src[s.end] != '\n')
		s.end++;
	if (s.end < v->src_len)
		s.end++;
	return s;
}

/* The source text of an expression. */
char *
v_expr_text(Validator *v, PslExpr *e)
{
	return psl_strndup(v->arena, v->src + e->span.start,
					   (size_t) (e->span.end - e->span.start));
}

/* How Prisma names the kind of a literal in "Expected ..., but received X value". */
const char *
v_expr_kind_word(PslExpr *e)
{
	switch (e->kind)
	{
		case PSL_EXPR_STRING:
			return "string";
		case PSL_EXPR_NUMBER:
			return "numeric";
		case PSL_EXPR_CONSTANT:
			return "literal";
		case PSL_EXPR_FUNCTION:
			return "functional";
		case PSL_EXPR_ARRAY:
			return "array";
	}
	return "unknown";
}

PslModel *
psl_find_model(PslSchema *schema, const char *name)
{
	int			i;

	for (i = 0; i < schema->models.len; i++)
	{
		PslModel   *m = schema->models.items[i];

		if (strcmp(m->name, name) == 0)
			return m;
	}
	return NULL;
}

PslEnum *
psl_find_enum(PslSchema *schema, const char *name)
{
	int			i;

	for (i = 0; i < schema->enums.len; i++)
	{
		PslEnum    *e = schema->enums.items[i];

		if (strcmp(e->name, name) == 0)
			return e;
	}
	return NULL;
}

PslField *
psl_find_field(PslModel *model, const char *name)
{
	int			i;

	for (i = 0; i < model->fields.len; i++)
	{
		PslField   *f = model->fields.items[i];

		if (strcmp(f->name, name) == 0)
			return f;
	}
	return NULL;
}

/* ---------------------------------------------------------------------
 * Phase 2a: names
 * ---------------------------------------------------------------------
 */

/* "Model names", "Field names": checks on the characters of an identifier. */
static void
check_identifier(Validator *v, const char *name, PslSpan span, const char *what)
{
	if (isdigit((unsigned char) name[0]))
		psl_error(v->diags, span,
				  "Error validating: The name of a %s must not start with a number.", what);
	else if (strchr(name, '-'))
		psl_error(v->diags, span,
				  "Error validating: The character `-` is not allowed in %s names.", what);
}

static const char *
top_kind_word(PslTopKind kind)
{
	switch (kind)
	{
		case PSL_TOP_MODEL:
			return "model";
		case PSL_TOP_VIEW:
			return "view";
		case PSL_TOP_TYPE:
			return "composite type";
		case PSL_TOP_ENUM:
			return "enum";
		case PSL_TOP_DATASOURCE:
			return "source";
		case PSL_TOP_GENERATOR:
			return "generator";
		default:
			return "block";
	}
}

/* Duplicate and reserved names of blocks, fields and enum values. */
static void
names_pass(Validator *v)
{
	PslAst	   *ast = v->ast;
	int			i,
				j,
				k;

	for (i = 0; i < ast->tops.len; i++)
	{
		PslTop	   *top = ast->tops.items[i];

		if (top->kind == PSL_TOP_COMMENT || top->kind == PSL_TOP_INVALID)
			continue;

		/* the block's own name characters, then its fields, then its name clashes */
		if (top->kind == PSL_TOP_MODEL || top->kind == PSL_TOP_VIEW)
			check_identifier(v, top->name, top->name_span, "Model");
		else if (top->kind == PSL_TOP_ENUM)
			check_identifier(v, top->name, top->name_span, "Enum");

		/* fields / values first, as Prisma pushes them before the block's own */
		if (top->kind == PSL_TOP_MODEL || top->kind == PSL_TOP_VIEW || top->kind == PSL_TOP_TYPE)
		{
			for (j = 0; j < top->fields.len; j++)
			{
				PslFieldAst *f = top->fields.items[j];

				check_identifier(v, f->name, f->name_span, "Field");
				for (k = 0; k < j; k++)
				{
					PslFieldAst *g = top->fields.items[k];

					if (strcmp(g->name, f->name) == 0)
					{
						psl_error(v->diags, f->name_span,
								  "Field \"%s\" is already defined on %s \"%s\".",
								  f->name, top_kind_word(top->kind), top->name);
						break;
					}
				}
			}
		}
		if (top->kind == PSL_TOP_ENUM)
		{
			for (j = 0; j < top->values.len; j++)
			{
				PslEnumValueAst *ev = top->values.items[j];

				check_identifier(v, ev->name, ev->name_span, "Enum Value");
				for (k = 0; k < j; k++)
				{
					PslEnumValueAst *o = top->values.items[k];

					if (strcmp(o->name, ev->name) == 0)
					{
						psl_error(v->diags, v_line_span(v, ev->span),
								  "Value \"%s\" is already defined on enum \"%s\".",
								  ev->name, top->name);
						break;
					}
				}
			}
			if (top->values.len == 0)
				psl_error(v->diags, top->span,
						  "Error validating: An enum must have at least one value.");
		}

		if (top->kind == PSL_TOP_MODEL || top->kind == PSL_TOP_VIEW || top->kind == PSL_TOP_ENUM ||
			top->kind == PSL_TOP_TYPE)
		{
			PslScalarType dummy;

			if (v_is_builtin_scalar(top->name, &dummy))
			{
				psl_error(v->diags, top->name_span,
						  "\"%s\" is a reserved scalar type name and cannot be used.", top->name);
				continue;
			}
			if (top->kind == PSL_TOP_MODEL)
				for (k = 0; reserved_model_names[k]; k++)
					if (strcmp(top->name, reserved_model_names[k]) == 0)
						psl_error(v->diags, top->span,
								  "Error validating model \"%s\": The model name `%s` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models",
								  top->name, top->name);
		}

		/* the block name against earlier blocks of the same namespace */
		for (j = 0; j < i; j++)
		{
			PslTop	   *o = ast->tops.items[j];
			bool		config_ns = top->kind == PSL_TOP_DATASOURCE || top->kind == PSL_TOP_GENERATOR;
			bool		other_config = o->kind == PSL_TOP_DATASOURCE || o->kind == PSL_TOP_GENERATOR;

			if (o->kind == PSL_TOP_COMMENT || o->kind == PSL_TOP_INVALID || o->name == NULL)
				continue;
			if (config_ns != other_config)
				continue;
			if (config_ns && o->kind != top->kind)
				continue;
			if (strcmp(o->name, top->name) == 0)
			{
				if (config_ns)
					psl_error(v->diags, top->name_span,
							  "The %s \"%s\" cannot be defined because a %s with that name already exists.",
							  top_kind_word(top->kind), top->name, top_kind_word(o->kind));
				else
					psl_error(v->diags, top->name_span,
							  "The %s \"%s\" cannot be defined because a %s with that name already exists.",
							  top_kind_word(top->kind), top->name, top_kind_word(o->kind));
				break;
			}
		}
	}
}

/* ---------------------------------------------------------------------
 * Phase 2b: building the schema and resolving types
 * ---------------------------------------------------------------------
 */

/* Find a top-level block by name among models, views, types and enums. */
static PslTop *
find_type_top(Validator *v, const char *name)
{
	int			i;

	for (i = 0; i < v->ast->tops.len; i++)
	{
		PslTop	   *t = v->ast->tops.items[i];

		if ((t->kind == PSL_TOP_MODEL || t->kind == PSL_TOP_VIEW || t->kind == PSL_TOP_ENUM ||
			 t->kind == PSL_TOP_TYPE) && strcmp(t->name, name) == 0)
			return t;
	}
	return NULL;
}

/* Create the PslModel / PslEnum skeletons in source order. */
static void
build_skeleton(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i,
				j;

	for (i = 0; i < v->ast->tops.len; i++)
	{
		PslTop	   *t = v->ast->tops.items[i];

		if (t->kind == PSL_TOP_ENUM)
		{
			PslEnum    *e;

			if (psl_find_enum(s, t->name) || find_type_top(v, t->name) != t)
				continue;
			e = psl_alloc(v->arena, sizeof(PslEnum));
			e->name = t->name;
			e->db_name = t->name;
			e->doc = t->doc;
			e->ast = t;
			for (j = 0; j < t->values.len; j++)
			{
				PslEnumValueAst *va = t->values.items[j];
				PslEnumValue *ev = psl_alloc(v->arena, sizeof(PslEnumValue));

				ev->name = va->name;
				ev->db_name = va->name;
				ev->doc = va->doc;
				psl_vec_push(v->arena, &e->values, ev);
			}
			psl_vec_push(v->arena, &s->enums, e);
		}
		else if (t->kind == PSL_TOP_MODEL || t->kind == PSL_TOP_VIEW)
		{
			PslModel   *m;
			ModelAttrs *ma;

			if (find_type_top(v, t->name) != t)
				continue;
			m = psl_alloc(v->arena, sizeof(PslModel));
			m->name = t->name;
			m->db_name = t->name;
			m->is_view = t->kind == PSL_TOP_VIEW;
			m->doc = t->doc;
			m->ast = t;
			for (j = 0; j < t->fields.len; j++)
			{
				PslFieldAst *fa = t->fields.items[j];
				PslField   *f;

				/* duplicates stay (reported already) so their attributes get checked */
				f = psl_alloc(v->arena, sizeof(PslField));
				f->name = fa->name;
				f->db_name = fa->name;
				f->position = m->fields.len;
				f->arity = fa->arity;
				f->type_name = fa->type_name;
				f->unsupported = fa->unsupported;
				f->model = m;
				f->doc = fa->doc;
				f->ast = fa;
				psl_vec_push(v->arena, &m->fields, f);
			}
			ma = psl_alloc(v->arena, sizeof(ModelAttrs));
			psl_vec_push(v->arena, &s->models, m);
			psl_vec_push(v->arena, &v->model_attrs, ma);
		}
	}
}

/* Resolve each field's type: scalar, enum, relation or unsupported. */
static void
resolve_types(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i,
				j;

	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];

		for (j = 0; j < m->fields.len; j++)
		{
			PslField   *f = m->fields.items[j];
			PslFieldAst *fa = f->ast;
			PslTop	   *target;

			if (!fa->has_type)
			{
				f->kind = PSL_FIELD_UNSUPPORTED;
				continue;
			}
			if (fa->unsupported)
			{
				f->kind = PSL_FIELD_UNSUPPORTED;
				continue;
			}
			if (v_is_builtin_scalar(fa->type_name, &f->scalar))
			{
				f->kind = PSL_FIELD_SCALAR;
				continue;
			}
			target = find_type_top(v, fa->type_name);
			if (target && target->kind == PSL_TOP_ENUM)
			{
				f->kind = PSL_FIELD_ENUM;
				f->enum_type = psl_find_enum(s, fa->type_name);
				continue;
			}
			if (target && (target->kind == PSL_TOP_MODEL || target->kind == PSL_TOP_VIEW))
			{
				f->kind = PSL_FIELD_RELATION;
				f->related_model = psl_find_model(s, fa->type_name);
				continue;
			}
			if (target && target->kind == PSL_TOP_TYPE)
			{
				/* composite types are rejected on PostgreSQL in phase 4 */
				f->kind = PSL_FIELD_UNSUPPORTED;
				continue;
			}
			f->kind = PSL_FIELD_UNSUPPORTED;
			{
				size_t		k;
				const char *suggest = NULL;

				for (k = 0; k < sizeof(builtin_names) / sizeof(builtin_names[0]); k++)
					if (strcasecmp(builtin_names[k], fa->type_name) == 0)
						suggest = builtin_names[k];
				{
					PslSpan		ts = fa->type_span;

					/* the span covers the base type only */
					ts.end = ts.start + (int) strlen(fa->type_name);
					if (fa->type_span.start < v->src_len && v->src[fa->type_span.start] == '[')
						ts.start++, ts.end++;
					if (suggest)
						psl_error(v->diags, ts,
								  "Type \"%s\" is neither a built-in type, nor refers to another model, composite type, or enum. Did you mean \"%s\"?",
								  fa->type_name, suggest);
					else
						psl_error(v->diags, ts,
								  "Type \"%s\" is neither a built-in type, nor refers to another model, composite type, or enum.",
								  fa->type_name);
				}
			}
			f->type_name = NULL;
		}
	}
}

/* ---------------------------------------------------------------------
 * Phase 3: datasource and generators
 * ---------------------------------------------------------------------
 */

static PslProperty *
find_property(PslTop *top, const char *name)
{
	int			i;

	for (i = 0; i < top->properties.len; i++)
	{
		PslProperty *p = top->properties.items[i];

		if (strcmp(p->name, name) == 0)
			return p;
	}
	return NULL;
}

/* Collect a string array property into out; reports non-string items. */
static void
string_array(Validator *v, PslProperty *p, PslVec *out, bool check_dups)
{
	int			i,
				j;
	PslExpr    *e = p->value;

	if (e->kind != PSL_EXPR_ARRAY)
		return;					/* Prisma accepts a non-array silently */
	for (i = 0; i < e->items.len; i++)
	{
		PslExpr    *it = e->items.items[i];

		if (it->kind != PSL_EXPR_STRING)
		{
			if (out == NULL)
				continue;
			psl_error(v->diags, it->span,
					  "Expected a string value, but received %s value `%s`.",
					  v_expr_kind_word(it), v_expr_text(v, it));
			continue;
		}
		if (check_dups)
			for (j = 0; j < out->len; j++)
				if (strcmp(out->items[j], it->value) == 0)
				{
					psl_error(v->diags, it->span, "Duplicated schema names are not allowed");
					break;
				}
		if (out)
			psl_vec_push(v->arena, out, it->value);
	}
}

/* Check one datasource block and fill schema->datasource. */
static void
datasource_block(Validator *v, PslTop *top, int count)
{
	static const char *const known[] = {
		"provider", "url", "directUrl", "shadowDatabaseUrl", "relationMode",
		"referentialIntegrity", "schemas", "extensions", NULL
	};
	PslDatasource *ds = psl_alloc(v->arena, sizeof(PslDatasource));
	PslProperty *provider = find_property(top, "provider");
	int			i,
				j;

	ds->name = top->name;
	ds->span = top->span;
	/* a missing or unusable provider stops the block's other checks */
	if (provider == NULL)
	{
		psl_error(v->diags, top->span, "Argument \"provider\" is missing in data source block \"%s\".",
				  top->name);
		return;
	}
	else if (provider->value)
	{
		PslExpr    *e = provider->value;

		if (e->kind != PSL_EXPR_STRING)
		{
			psl_error(v->diags, e->span,
					  "Error validating datasource `%s`: The provider argument in a datasource must be a string literal",
					  top->name);
			return;
		}
		else if (strcmp(e->value, "postgresql") == 0 || strcmp(e->value, "postgres") == 0)
			ds->provider = "postgresql";
		else if (strcmp(e->value, "mysql") == 0 || strcmp(e->value, "sqlite") == 0 ||
				 strcmp(e->value, "sqlserver") == 0 || strcmp(e->value, "mongodb") == 0 ||
				 strcmp(e->value, "cockroachdb") == 0)
			psl_error(v->diags, e->span,
					  "Datasource provider \"%s\" is not supported by prisma_ext. The provider must be \"postgresql\".",
					  e->value);
		else
			psl_error(v->diags, e->span, "Datasource provider not known: \"%s\".", e->value);
	}


	for (i = 0; i < top->properties.len; i++)
	{
		PslProperty *p = top->properties.items[i];
		bool		ok = false;

		for (j = 0; known[j]; j++)
			if (strcmp(p->name, known[j]) == 0)
				ok = true;
		for (j = 0; j < i; j++)
			if (strcmp(((PslProperty *) top->properties.items[j])->name, p->name) == 0)
			{
				psl_error(v->diags, p->name_span, "Key \"%s\" is already defined in source \"%s\".",
						  p->name, top->name);
				ok = true;
			}
		if (!ok)
			psl_error(v->diags, p->span, "Property not known: \"%s\".", p->name);
		else if (p->value == NULL)
			psl_error(v->diags, top->span, "Property %s in datasource %s needs to be assigned a value",
					  p->name, top->name);
	}
	if (count > 1)
		psl_error(v->diags, top->span,
				  "Error validating datasource `%s`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
				  top->name);

	for (i = 0; i < top->properties.len; i++)
	{
		PslProperty *p = top->properties.items[i];

		if (p->value == NULL)
			continue;
		if (strcmp(p->name, "url") == 0 || strcmp(p->name, "directUrl") == 0 ||
			strcmp(p->name, "shadowDatabaseUrl") == 0)
		{
			/* Prisma 7 rejects these; prisma_ext runs inside the database and ignores them */
			psl_warning(v->diags, p->span,
						"The datasource property `%s` is ignored: prisma_ext runs inside the database it manages.",
						p->name);
		}
		else if (strcmp(p->name, "relationMode") == 0 || strcmp(p->name, "referentialIntegrity") == 0)
		{
			if (p->value->kind != PSL_EXPR_STRING)
				psl_error(v->diags, p->value->span,
						  "Expected a string value, but received %s value `%s`.",
						  v_expr_kind_word(p->value), v_expr_text(v, p->value));
			else if (strcmp(p->value->value, "prisma") == 0)
				ds->relation_mode_prisma = true;
			else if (strcmp(p->value->value, "foreignKeys") != 0)
				psl_error(v->diags, top->span,
						  "Error validating datasource `%s`: Invalid relation mode setting: \"%s\". Supported values: \"prisma\", \"foreignKeys\"",
						  p->name, p->value->value);
			if (strcmp(p->name, "referentialIntegrity") == 0)
				psl_warning(v->diags, p->span,
							"The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode");
		}
		else if (strcmp(p->name, "schemas") == 0)
		{
			if (p->value->kind == PSL_EXPR_ARRAY && p->value->items.len == 0)
				psl_error(v->diags, p->value->span, "If provided, the schemas array can not be empty.");
			string_array(v, p, &ds->schemas, true);
			v->has_schemas = p->value->kind == PSL_EXPR_ARRAY;
		}
		else if (strcmp(p->name, "extensions") == 0)
		{
			if (!v->preview_extensions)
				psl_error(v->diags, p->span,
						  "The `extensions` property is only available with the `postgresqlExtensions` preview feature.");
			if (p->value->kind == PSL_EXPR_ARRAY)
				for (j = 0; j < p->value->items.len; j++)
				{
					PslExpr    *it = p->value->items.items[j];
					PslExtension *ext = psl_alloc(v->arena, sizeof(PslExtension));

					ext->name = it->value;
					if (it->kind == PSL_EXPR_FUNCTION)
					{
						int			a;

						for (a = 0; a < it->args.len; a++)
						{
							PslArgument *arg = it->args.items[a];
							char	   *text = arg->value && arg->value->kind == PSL_EXPR_STRING ? arg->value->value : NULL;

							if (arg->name == NULL || (strcmp(arg->name, "schema") != 0 &&
													  strcmp(arg->name, "version") != 0 &&
													  strcmp(arg->name, "map") != 0))
								psl_error(v->diags, arg->span, "Argument not known: \"%s\".",
										  arg->name ? arg->name : "");
							else if (text == NULL)
								psl_error(v->diags, arg->span, "Expected a string value, but received %s value.",
										  arg->value ? "another" : "no");
							else if (strcmp(arg->name, "schema") == 0)
								ext->schema = text;
							else if (strcmp(arg->name, "version") == 0)
								ext->version = text;
							else
								ext->name = text;
						}
					}
					if (ext->name != NULL)
						psl_vec_push(v->arena, &ds->extensions, ext);
				}
		}
	}
	if (v->schema->datasource == NULL)
	{
		v->schema->datasource = ds;
		v->ds_name = ds->name;
	}
}

/* Check one generator block; records preview features. */
static void
generator_block(Validator *v, PslTop *top)
{
	PslGenerator *g = psl_alloc(v->arena, sizeof(PslGenerator));
	PslProperty *provider = find_property(top, "provider");
	int			i,
				j;

	g->name = top->name;
	for (i = 0; i < top->properties.len; i++)
	{
		PslProperty *p = top->properties.items[i];

		for (j = 0; j < i; j++)
			if (strcmp(((PslProperty *) top->properties.items[j])->name, p->name) == 0)
				psl_error(v->diags, p->name_span, "Key \"%s\" is already defined in generator \"%s\".",
						  p->name, top->name);
		if (p->value == NULL)
			psl_error(v->diags, top->span, "Property %s in generator %s needs to be assigned a value",
					  p->name, top->name);
	}
	if (provider == NULL)
		psl_error(v->diags, top->span, "Argument \"provider\" is missing in generator block \"%s\".",
				  top->name);
	else if (provider->value && provider->value->kind == PSL_EXPR_STRING)
		g->provider = provider->value->value;
	psl_vec_push(v->arena, &v->schema->generators, g);
}

/* Read previewFeatures first: they change what the datasource accepts. */
static void
scan_preview_features(Validator *v, bool report)
{
	int			i,
				j,
				k;

	for (i = 0; i < v->ast->tops.len; i++)
	{
		PslTop	   *t = v->ast->tops.items[i];
		PslProperty *p;

		if (t->kind != PSL_TOP_GENERATOR)
			continue;
		p = find_property(t, "previewFeatures");
		if (p == NULL || p->value == NULL || p->value->kind != PSL_EXPR_ARRAY)
			continue;
		for (j = 0; j < p->value->items.len; j++)
		{
			PslExpr    *it = p->value->items.items[j];
			bool		known = false;

			if (it->kind != PSL_EXPR_STRING)
				continue;
			for (k = 0; preview_features[k]; k++)
				if (strcasecmp(it->value, preview_features[k]) == 0)
					known = true;
			if (strcasecmp(it->value, "views") == 0)
				v->preview_views = true;
			if (strcasecmp(it->value, "postgresqlExtensions") == 0)
				v->preview_extensions = true;
			if (!known && report)
				psl_error(v->diags, p->value->span,
						  "The preview feature \"%s\" is not known. Expected one of: fullTextSearchPostgres, nativeDistinct, partialIndexes, postgresqlExtensions, relationJoins, schemaEngineDriverAdapters, shardKeys, strictUndefinedChecks, typedSql, views",
						  it->value);
		}
	}
}

static void
configuration_pass(Validator *v)
{
	int			i,
				nds = 0,
				seen = 0,
				before;

	for (i = 0; i < v->ast->tops.len; i++)
		if (((PslTop *) v->ast->tops.items[i])->kind == PSL_TOP_DATASOURCE)
			nds++;
	/* preview features first: an unknown one stops the configuration checks */
	before = v->diags->nerrors;
	scan_preview_features(v, true);
	if (v->diags->nerrors > before)
		return;
	for (i = 0; i < v->ast->tops.len; i++)
	{
		PslTop	   *t = v->ast->tops.items[i];

		if (t->kind == PSL_TOP_DATASOURCE)
			datasource_block(v, t, nds + 0 * seen++);
	}
	for (i = 0; i < v->ast->tops.len; i++)
	{
		PslTop	   *t = v->ast->tops.items[i];

		if (t->kind == PSL_TOP_GENERATOR)
			generator_block(v, t);
	}
}

/* ---------------------------------------------------------------------
 * Phase 4 pieces that belong to no attribute or relation
 * ---------------------------------------------------------------------
 */

/* @@schema: required when schemas = [...] is set, and must name one of them. */
static void
check_schema_attribute(Validator *v, PslAttribute *attr, PslSpan block_span,
					   const char *model_name, char **out)
{
	PslDatasource *ds = v->schema->datasource;
	PslArgument *arg;
	int			i;

	if (attr == NULL)
	{
		if (v->has_schemas)
		{
			if (model_name)
				psl_error(v->diags, block_span,
						  "Error validating model \"%s\": This model is missing an `@@schema` attribute.",
						  model_name);
			else
				psl_error(v->diags, block_span, "This enum is missing an `@@schema` attribute.");
		}
		return;
	}
	arg = psl_attribute_arg(attr, "name", true);
	if (arg == NULL || arg->value == NULL || arg->value->kind != PSL_EXPR_STRING)
		return;
	if (ds)
		for (i = 0; i < ds->schemas.len; i++)
			if (strcmp(ds->schemas.items[i], arg->value->value) == 0)
			{
				*out = arg->value->value;
				return;
			}
	psl_error(v->diags, arg->value->span,
			  "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema");
}

/* Model/enum database names must be unique (per schema). */
static void
check_db_name_collisions(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i,
				j;

	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];

		for (j = 0; j < i; j++)
		{
			PslModel   *o = s->models.items[j];
			const char *ms = m->db_schema ? m->db_schema : "";
			const char *os = o->db_schema ? o->db_schema : "";

			if (strcmp(m->db_name, o->db_name) == 0 && strcmp(ms, os) == 0)
			{
				PslAttribute *map = psl_find_attribute(&m->ast->attributes, "map");
				PslModel   *at = m;
				PslModel   *other = o;

				if (map == NULL && psl_find_attribute(&o->ast->attributes, "map"))
				{
					at = o;
					other = m;
					map = psl_find_attribute(&o->ast->attributes, "map");
				}
				psl_error(v->diags, map ? map->span : at->ast->name_span,
						  "The model with database name \"%s\" could not be defined because another model or view with this name exists: \"%s\"",
						  at->db_name, other->name);
				break;
			}
		}
	}
	for (i = 0; i < s->enums.len; i++)
	{
		PslEnum    *e = s->enums.items[i];

		for (j = 0; j < i; j++)
		{
			PslEnum    *o = s->enums.items[j];

			if (strcmp(e->db_name, o->db_name) == 0)
			{
				psl_error(v->diags, e->ast->span,
						  "An enum with the same database name is already defined.");
				break;
			}
		}
	}
}

/*
 * Field column names must be unique within a model.  Like Prisma, fields
 * without @map claim their names first, then mapped fields in order; the
 * field that finds its name taken is the one reported.
 */
static void
check_column_collisions(Validator *v, PslModel *m)
{
	PslVec		claimed = {NULL, 0, 0};
	int			pass,
				i,
				j;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < m->fields.len; i++)
		{
			PslField   *f = m->fields.items[i];
			bool		mapped = strcmp(f->db_name, f->name) != 0;

			if (f->kind == PSL_FIELD_RELATION || mapped != (pass == 1) ||
				psl_find_field(m, f->name) != f)
				continue;		/* duplicate field names are reported by the name pass */
			for (j = 0; j < claimed.len; j++)
				if (strcmp(((PslField *) claimed.items[j])->db_name, f->db_name) == 0)
				{
					psl_error(v->diags, v_line_span(v, f->ast->span),
							  "Field \"%s\" is already defined on model \"%s\".", f->name, m->name);
					break;
				}
			if (j == claimed.len)
				psl_vec_push(v->arena, &claimed, f);
		}
}

/* Everything Prisma checks only when the earlier phases were clean. */
static void
phase4(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i;

	/* an ambiguous relation stops the whole phase, as in Prisma */
	if (!v_check_relation_ambiguity(v))
		return;
	for (i = 0; i < v->ast->tops.len; i++)
	{
		PslTop	   *t = v->ast->tops.items[i];

		if (t->kind == PSL_TOP_TYPE)
			psl_error(v->diags, t->span,
					  "Error validating: Composite types are not supported on Postgres.");
		else if (t->kind == PSL_TOP_VIEW && !v->preview_views)
			psl_error(v->diags, t->span,
					  "Error validating: View definitions are only available with the `views` preview feature.");
	}
	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];
		ModelAttrs *ma = v->model_attrs.items[i];

		v_phase4_model(v, m, ma);
	}
	check_db_name_collisions(v);
	v_phase4_constraint_names(v);
	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];
		ModelAttrs *ma = v->model_attrs.items[i];

		check_schema_attribute(v, ma->schema_attr, m->ast->span, m->name, &m->db_schema);
	}
	for (i = 0; i < s->enums.len; i++)
	{
		PslEnum    *e = s->enums.items[i];

		check_schema_attribute(v, psl_find_attribute(&e->ast->attributes, "schema"), e->ast->span, NULL,
							   &e->db_schema);
	}
	(void) v_phase4_relations(v);
}

PslSchema *
psl_validate(PslArena *arena, PslAst *ast, PslDiagnostics *diags)
{
	Validator	v;
	PslSchema  *s = psl_alloc(arena, sizeof(PslSchema));
	int			i;

	memset(&v, 0, sizeof(v));
	v.arena = arena;
	v.diags = diags;
	v.ast = ast;
	v.schema = s;
	v.src = ast->source;
	v.src_len = ast->source_len;
	v.ds_name = "db";
	s->arena = arena;
	s->ast = ast;
	s->default_schema = "public";

	/* the datasource name is the @db. prefix; find it before attributes */
	for (i = 0; i < ast->tops.len; i++)
	{
		PslTop	   *t = ast->tops.items[i];

		if (t->kind == PSL_TOP_DATASOURCE)
		{
			v.ds_name = t->name;
			break;
		}
	}
	scan_preview_features(&v, false);

	/* phase 2: names, types, attributes, relations */
	names_pass(&v);
	build_skeleton(&v);
	resolve_types(&v);
	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];
		int			j;

		for (j = 0; j < m->fields.len; j++)
			v_field_attributes(&v, m, m->fields.items[j]);
		v_block_attributes(&v, m, v.model_attrs.items[i]);
	}
	for (i = 0; i < s->enums.len; i++)
		v_enum_attributes(&v, s->enums.items[i]);
	for (i = 0; i < s->models.len; i++)
		check_column_collisions(&v, s->models.items[i]);
	v_check_unsupported_defaults(&v);
	v_infer_relations(&v);

	/* phase 3: configuration */
	configuration_pass(&v);

	/* phase 4, only on a clean schema */
	if (diags->nerrors == 0)
	{
		v_compute_index_names(&v);
		phase4(&v);
	}
	return s;
}

PslSchema *
psl_load(PslArena *arena, const char *source, int len, PslDiagnostics *diags)
{
	PslAst	   *ast = psl_parse(arena, source, len, diags);

	return psl_validate(arena, ast, diags);
}
