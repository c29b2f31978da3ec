/*
 * psl_relations.c
 *		Relations: @relation arguments, pairing relation fields into
 *		relations, classifying them (1-1, 1-n, implicit m-n) and Prisma's
 *		relation rules.
 *
 * Pairing happens in phase 2 (v_infer_relations) without reporting; the
 * rules that Prisma checks in its last phase are reported by
 * v_phase4_relations, which also fills in effective referential actions
 * and database names (FK constraints, join tables).
 */
#include "psl_validate_int.h"

#include <string.h>

static const char *const action_names[] = {
	NULL, "Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"
};

/* Resolve a list of field names against a model; collects unknown names. */
static void
resolve_field_list(Validator *v, PslModel *m, PslExpr *list, PslVec *out, PslBuf *unknown)
{
	int			i;

	if (list == NULL)
		return;
	if (list->kind != PSL_EXPR_ARRAY)
	{
		if (list->kind == PSL_EXPR_CONSTANT)
		{
			PslField   *f = m ? psl_find_field(m, list->value) : NULL;

			if (f)
				psl_vec_push(v->arena, out, f);
			else
				psl_buf_printf(unknown, "%s%s", unknown->len ? ", " : "", list->value);
		}
		return;
	}
	for (i = 0; i < list->items.len; i++)
	{
		PslExpr    *it = list->items.items[i];
		PslField   *f;

		if (it->kind != PSL_EXPR_CONSTANT)
			continue;
		f = m ? psl_find_field(m, it->value) : NULL;
		if (f)
			psl_vec_push(v->arena, out, f);
		else
			psl_buf_printf(unknown, "%s%s", unknown->len ? ", " : "", it->value);
	}
}

/* Parse a referential action constant; reports bad values. */
static PslRefAction
parse_action(Validator *v, PslArgument *arg)
{
	int			i;

	if (arg == NULL || arg->value == NULL)
		return PSL_ACTION_NONE;
	if (arg->value->kind != PSL_EXPR_CONSTANT)
	{
		psl_error(v->diags, arg->value->span, "Expected a constant value, but received %s value `%s`.",
				  v_expr_kind_word(arg->value), v_expr_text(v, arg->value));
		return PSL_ACTION_NONE;
	}
	for (i = 1; i <= PSL_ACTION_SET_DEFAULT; i++)
		if (strcmp(arg->value->value, action_names[i]) == 0)
			return (PslRefAction) i;
	psl_error(v->diags, arg->value->span,
			  "Error parsing attribute \"@relation\": Invalid referential action: `%s`",
			  arg->value->value);
	return PSL_ACTION_NONE;
}

void
v_relation_arguments(Validator *v, PslModel *m, PslField *f, PslAttribute *a)
{
	static const char *const allowed[] = {"fields", "references", "onDelete", "onUpdate", "map", NULL};
	PslArgument *arg;
	PslBuf		unknown;

	if (f->kind != PSL_FIELD_RELATION)
	{
		int			i;

		psl_error(v->diags, a->span,
				  "Error parsing attribute \"@relation\": Invalid field type, not a relation.");
		for (i = 0; i < a->args.len; i++)
			psl_error(v->diags, ((PslArgument *) a->args.items[i])->span, "No such argument.");
		return;
	}
	if (!v_check_args(v, a, "@relation", allowed, "name", false))
		return;
	if ((arg = psl_attribute_arg(a, "name", true)) != NULL)
		f->relation_name = v_string_arg(v, arg);
	f->on_delete = parse_action(v, psl_attribute_arg(a, "onDelete", false));
	f->on_update = parse_action(v, psl_attribute_arg(a, "onUpdate", false));
	if ((arg = psl_attribute_arg(a, "map", false)) != NULL)
		f->fk_map = v_string_arg(v, arg);

	psl_buf_init(&unknown);
	if ((arg = psl_attribute_arg(a, "fields", false)) != NULL && arg->value)
	{
		resolve_field_list(v, m, arg->value, &f->rel_fields, &unknown);
		if (unknown.len)
			psl_error(v->diags, arg->value->span,
					  "Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: %s",
					  unknown.data);
	}
	unknown.len = 0;
	unknown.data[0] = '\0';
	if ((arg = psl_attribute_arg(a, "references", false)) != NULL && arg->value && f->related_model)
	{
		resolve_field_list(v, f->related_model, arg->value, &f->rel_references, &unknown);
		if (unknown.len)
			psl_error(v->diags, a->span,
					  "Error validating: The argument `references` must refer only to existing fields in the related model `%s`. The following fields do not exist in the related model: %s",
					  f->related_model->name, unknown.data);
	}
	psl_buf_free(&unknown);
}

/* The @relation attribute of a field, or NULL. */
static PslAttribute *
relation_attr(PslField *f)
{
	return psl_find_attribute(&f->ast->attributes, "relation");
}

static bool
same_name(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Prisma's generated relation name: the two model names sorted, "AToB". */
static char *
default_relation_name(Validator *v, PslModel *a, PslModel *b)
{
	if (strcmp(a->name, b->name) > 0)
	{
		PslModel   *t = a;

		a = b;
		b = t;
	}
	return psl_printf(v->arena, "%sTo%s", a->name, b->name);
}

void
v_infer_relations(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i,
				j,
				k;

	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];

		for (j = 0; j < m->fields.len; j++)
		{
			PslField   *f = m->fields.items[j];
			PslModel   *t = f->related_model;
			PslField   *opp = NULL;
			PslRelation *r;

			if (f->kind != PSL_FIELD_RELATION || f->relation || t == NULL)
				continue;
			for (k = 0; k < t->fields.len && opp == NULL; k++)
			{
				PslField   *g = t->fields.items[k];

				if (g != f && g->kind == PSL_FIELD_RELATION && g->related_model == m &&
					g->relation == NULL && same_name(g->relation_name, f->relation_name))
					opp = g;
			}
			r = psl_alloc(v->arena, sizeof(PslRelation));
			r->explicit_name = f->relation_name != NULL && f->relation_name[0] != '\0';
			r->name = r->explicit_name ? f->relation_name : default_relation_name(v, m, t);
			f->relation = r;
			if (opp)
				opp->relation = r;
			if (opp && f->arity == PSL_LIST && opp->arity == PSL_LIST)
			{
				bool		f_first = m != t ? strcmp(m->name, t->name) < 0 :
				strcmp(f->name, opp->name) < 0;

				r->kind = PSL_REL_MANY_TO_MANY;
				r->field_a = f_first ? f : opp;
				r->field_b = f_first ? opp : f;
			}
			else
			{
				PslField   *fk = f;
				PslField   *back = opp;

				/* the side that holds fields:, else the singular (required) side */
				if (opp && (opp->rel_fields.len > 0 ||
							(f->rel_fields.len == 0 &&
							 (f->arity == PSL_LIST ||
							  (opp->arity == PSL_REQUIRED && f->arity == PSL_OPTIONAL)))))
				{
					fk = opp;
					back = f;
				}
				if (opp == NULL && f->arity == PSL_LIST)
				{
					fk = NULL;
					back = f;
				}
				r->kind = (fk && back && back->arity != PSL_LIST) ? PSL_REL_ONE_TO_ONE :
					(fk == NULL && back && back->arity != PSL_LIST) ? PSL_REL_ONE_TO_ONE :
					PSL_REL_ONE_TO_MANY;
				r->fk_field = fk;
				r->back_field = back;
			}
			psl_vec_push(v->arena, &s->relations, r);
		}
	}
}

/* "`a` and `b`", "`a`, `b` and `c`" */
static char *
field_name_list(Validator *v, PslVec *fields)
{
	PslBuf		buf;
	char	   *out;
	int			i;

	psl_buf_init(&buf);
	for (i = 0; i < fields->len; i++)
	{
		if (i > 0)
			psl_buf_puts(&buf, i == fields->len - 1 ? " and " : ", ");
		psl_buf_printf(&buf, "`%s`", ((PslField *) fields->items[i])->name);
	}
	out = psl_buf_to_arena(&buf, v->arena);
	psl_buf_free(&buf);
	return out;
}

/* Ambiguity checks for one model; returns false when one was reported. */
static bool
check_ambiguity(Validator *v, PslModel *m)
{
	int			i,
				j;

	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];
		PslVec		same = {NULL, 0, 0};

		if (f->kind != PSL_FIELD_RELATION || f->related_model == NULL)
			continue;
		psl_vec_push(v->arena, &same, f);
		for (j = 0; j < m->fields.len; j++)
		{
			PslField   *g = m->fields.items[j];

			if (j != i && g->kind == PSL_FIELD_RELATION && g->related_model == f->related_model &&
				same_name(g->relation_name, f->relation_name))
			{
				if (j < i)
					goto next;	/* reported from the first field */
				psl_vec_push(v->arena, &same, g);
			}
		}
		if (f->related_model != m && same.len > 1)
		{
			PslField   *g = same.items[1];

			if (f->relation_name)
				psl_error(v->diags, v_line_span(v, f->ast->span),
						  "Error validating model \"%s\": Wrongly named relation detected. The fields `%s` and `%s` in model `%s` both use the same relation name. Please provide different relation names for them through `@relation(<name>).",
						  m->name, f->name, g->name, m->name);
			else
				psl_error(v->diags, v_line_span(v, f->ast->span),
						  "Error validating model \"%s\": Ambiguous relation detected. The fields `%s` and `%s` in model `%s` both refer to `%s`. Please provide different relation names for them by adding `@relation(<name>).",
						  m->name, f->name, g->name, m->name, f->related_model->name);
			return false;
		}
		if (f->related_model == m && f->relation_name == NULL && same.len == 2)
		{
			psl_error(v->diags, v_line_span(v, f->ast->span),
					  "Error validating model \"%s\": Ambiguous self relation detected. The fields `%s` and `%s` in model `%s` both refer to `%s`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.",
					  m->name, f->name, ((PslField *) same.items[1])->name, m->name, m->name);
			return false;
		}
		if (f->related_model == m && same.len > 2)
		{
			if (f->relation_name)
				psl_error(v->diags, v_line_span(v, f->ast->span),
						  "Error validating model \"%s\": Wrongly named relation detected. The fields %s in model `%s` both use the same relation name. Please provide different relation names for them through `@relation(<name>).",
						  m->name, field_name_list(v, &same), m->name);
			else
				psl_error(v->diags, v_line_span(v, f->ast->span),
						  "Error validating model \"%s\": Unnamed self relation detected. The fields %s in model `%s` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).",
						  m->name, field_name_list(v, &same), m->name);
			return false;
		}
next:
		;
	}
	return true;
}

/* Is any field of the list optional? */
static bool
any_optional(PslVec *fields)
{
	int			i;

	for (i = 0; i < fields->len; i++)
		if (((PslField *) fields->items[i])->arity == PSL_OPTIONAL)
			return true;
	return false;
}

/* Are all fields of the (non-empty) list optional? */
static bool
all_optional(PslVec *fields)
{
	int			i;

	for (i = 0; i < fields->len; i++)
		if (((PslField *) fields->items[i])->arity != PSL_OPTIONAL)
			return false;
	return fields->len > 0;
}

/* Do two scalar fields have the same Prisma type? */
static bool
same_type(PslField *a, PslField *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == PSL_FIELD_SCALAR)
		return a->scalar == b->scalar;
	if (a->kind == PSL_FIELD_ENUM)
		return a->enum_type == b->enum_type;
	return true;
}

/* Rules for the side of a 1-1 / 1-n relation that holds the foreign key. */
static void
check_fk_side(Validator *v, PslRelation *r)
{
	PslField   *f = r->fk_field;
	PslModel   *m = f->model;
	PslModel   *t = f->related_model;
	PslAttribute *a = relation_attr(f);
	PslSpan		line = v_line_span(v, f->ast->span);
	int			i;

	if (f->rel_references.len > 0 && !v_field_is_unique_alone(t, &f->rel_references))
	{
		if (f->rel_references.len == 1)
			psl_error(v->diags, line,
					  "Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `%s` in the model `%s`.",
					  ((PslField *) f->rel_references.items[0])->name, t->name);
		else
		{
			PslBuf		names;
			int			k;

			psl_buf_init(&names);
			for (k = 0; k < f->rel_references.len; k++)
				psl_buf_printf(&names, "%s%s", k ? ", " : "",
							   ((PslField *) f->rel_references.items[k])->name);
			psl_error(v->diags, line,
					  "Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([%s])` attribute to the model `%s`.",
					  names.data, t->name);
			psl_buf_free(&names);
		}
	}
	if (f->rel_fields.len != f->rel_references.len)
	{
		psl_error(v->diags, a ? a->span : line,
				  "Error validating: You must specify the same number of fields in `fields` and `references`.");
		return;
	}
	for (i = 0; i < f->rel_fields.len; i++)
	{
		PslField   *x = f->rel_fields.items[i];
		PslField   *y = f->rel_references.items[i];

		if (!same_type(x, y))
		{
			psl_error(v->diags, line,
					  "Error parsing attribute \"@relation\": The type of the field `%s` in the model `%s` is not matching the type of the referenced field `%s` in model `%s`.",
					  x->name, m->name, y->name, t->name);
			return;
		}
	}
	if (f->arity == PSL_REQUIRED && any_optional(&f->rel_fields))
	{
		PslBuf		names;
		int			k;

		psl_buf_init(&names);
		for (k = 0; k < f->rel_fields.len; k++)
			psl_buf_printf(&names, "%s%s", k ? ", " : "", ((PslField *) f->rel_fields.items[k])->name);
		psl_error(v->diags, line,
				  "Error validating: The relation field `%s` uses the scalar fields %s. At least one of those fields is optional. Hence the relation field must be optional as well.",
				  f->name, names.data);
		psl_buf_free(&names);
	}
}

/* Referential actions allowed by the relation mode. */
static void
check_actions(Validator *v, PslField *f)
{
	PslAttribute *a = relation_attr(f);
	const char *which[2] = {"onDelete", "onUpdate"};
	PslRefAction acts[2] = {f->on_delete, f->on_update};
	int			i;

	if (a == NULL)
		return;
	for (i = 0; i < 2; i++)
	{
		PslArgument *arg = psl_attribute_arg(a, which[i], false);

		if (arg == NULL)
			continue;
		if (v->schema->datasource && v->schema->datasource->relation_mode_prisma &&
			(acts[i] == PSL_ACTION_NO_ACTION || acts[i] == PSL_ACTION_SET_DEFAULT))
			psl_error(v->diags, arg->span,
					  "Error validating: Invalid referential action: `%s`. Allowed values: (`Cascade`, `Restrict`, `SetNull`)",
					  action_names[acts[i]]);
		else if (acts[i] == PSL_ACTION_SET_NULL && !any_optional(&f->rel_fields) && f->rel_fields.len > 0)
			psl_warning(v->diags, v_line_span(v, f->ast->span),
						"The `%s` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ",
						which[i]);
	}
}

/* Check one relation and fill its effective actions and database names. */
static void
check_relation(Validator *v, PslRelation *r)
{
	PslField   *fields[2];
	int			i;

	if (r->kind == PSL_REL_MANY_TO_MANY)
	{
		PslField   *a = r->field_a,
				   *b = r->field_b;

		fields[0] = a;
		fields[1] = b;
		for (i = 0; i < 2; i++)
		{
			PslField   *f = fields[i];
			PslAttribute *ra = relation_attr(f);

			if (f->rel_fields.len > 0)
			{
				psl_error(v->diags, v_line_span(v, fields[0]->ast->span),
						  "Error validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many");
				psl_error(v->diags, v_line_span(v, fields[1]->ast->span),
						  "Error validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many");
				return;
			}
			if (ra && psl_attribute_arg(ra, "references", false))
			{
				psl_error(v->diags, v_line_span(v, f->ast->span),
						  "Error parsing attribute \"@relation\": Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.");
				return;
			}
			if (ra)
			{
				PslArgument *act = psl_attribute_arg(ra, "onDelete", false);

				if (act == NULL)
					act = psl_attribute_arg(ra, "onUpdate", false);
				if (act && act->value)
				{
					psl_error(v->diags, act->value->span,
							  "Error validating: Referential actions on implicit many-to-many relations are not supported");
					return;
				}
			}
		}
		for (i = 0; i < 2; i++)
		{
			PslModel   *t = fields[i]->related_model;

			if (t->primary_key == NULL || t->primary_key->fields.len != 1)
			{
				psl_error(v->diags, v_line_span(v, fields[i]->ast->span),
						  "Error validating field `%s` in model `%s`: The relation field `%s` on model `%s` references `%s` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
						  fields[i]->name, fields[i]->model->name, fields[i]->name,
						  fields[i]->model->name, t->name);
				return;
			}
		}
		r->on_delete = PSL_ACTION_CASCADE;
		r->on_update = PSL_ACTION_CASCADE;
		r->join_table = psl_identifier(v->arena, psl_printf(v->arena, "_%s", r->name));
		r->join_schema = a->model->db_schema;
		return;
	}

	/* 1-1 and 1-n */
	if (r->fk_field == NULL || r->back_field == NULL)
	{
		PslField   *f = r->fk_field ? r->fk_field : r->back_field;
		PslModel   *t = f->related_model;

		if (t->ignored && !f->ignored)
			psl_error(v->diags, v_line_span(v, f->ast->span),
					  "Error parsing attribute \"@ignore\": The relation field `%s` on Model `%s` must specify the `@ignore` attribute, because the model %s it is pointing to is marked ignored.",
					  f->name, f->model->name, t->name);
		else
			psl_error(v->diags, v_line_span(v, f->ast->span),
					  "Error validating field `%s` in model `%s`: The relation field `%s` on model `%s` is missing an opposite relation field on the model `%s`. Either run `prisma format` or add it manually.",
					  f->name, f->model->name, f->name, f->model->name, t->name);
		return;
	}
	{
		PslField   *fk = r->fk_field;
		PslField   *back = r->back_field;
		PslAttribute *fa = relation_attr(fk);
		PslAttribute *ba = relation_attr(back);
		bool		fk_fields = fa && psl_attribute_arg(fa, "fields", false);
		bool		fk_refs = fa && psl_attribute_arg(fa, "references", false);
		bool		back_fields = ba && psl_attribute_arg(ba, "fields", false);
		bool		back_refs = ba && psl_attribute_arg(ba, "references", false);

		for (i = 0; i < 2; i++)
		{
			PslField   *f = i ? back : fk;

			if (f->related_model->ignored && !f->ignored && !f->model->ignored)
			{
				psl_error(v->diags, v_line_span(v, f->ast->span),
						  "Error parsing attribute \"@ignore\": The relation field `%s` on Model `%s` must specify the `@ignore` attribute, because the model %s it is pointing to is marked ignored.",
						  f->name, f->model->name, f->related_model->name);
				return;
			}
		}
		if (r->kind == PSL_REL_ONE_TO_MANY)
		{
			if (back_fields || back_refs)
			{
				psl_error(v->diags, v_line_span(v, back->ast->span),
						  "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`.",
						  back->name, back->model->name, fk->name, fk->model->name);
				return;
			}
			if (ba && (psl_attribute_arg(ba, "onDelete", false) || psl_attribute_arg(ba, "onUpdate", false)))
			{
				psl_error(v->diags, v_line_span(v, back->ast->span),
						  "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`, or in case of a many to many relation, in an explicit join table.",
						  back->name, back->model->name, fk->name, fk->model->name);
				return;
			}
			if (!fk_fields)
				psl_error(v->diags, v_line_span(v, fk->ast->span),
						  "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.",
						  fk->name, fk->model->name);
			if (!fk_refs)
				psl_error(v->diags, v_line_span(v, fk->ast->span),
						  "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must specify the `references` argument in the @relation attribute.",
						  fk->name, fk->model->name);
			if (!fk_fields || !fk_refs)
				return;
		}
		else
		{
			/* one-to-one */
			if (!fk_fields && !back_fields)
			{
				psl_error(v->diags, v_line_span(v, fk->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.",
						  fk->name, fk->model->name, back->name, back->model->name);
				psl_error(v->diags, v_line_span(v, back->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.",
						  back->name, back->model->name, fk->name, fk->model->name);
			}
			if (!fk_refs && !back_refs)
			{
				psl_error(v->diags, v_line_span(v, fk->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.",
						  fk->name, fk->model->name, back->name, back->model->name);
				psl_error(v->diags, v_line_span(v, back->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.",
						  back->name, back->model->name, fk->name, fk->model->name);
			}
			if ((!fk_fields && !back_fields) || (!fk_refs && !back_refs))
				return;
			if (fk_refs && back_refs)
			{
				PslField   *first = fk->model == back->model ? fk :
				(psl_vec_index(&v->schema->models, fk->model) <
				 psl_vec_index(&v->schema->models, back->model) ? fk : back);
				PslField   *second = first == fk ? back : fk;

				psl_error(v->diags, v_line_span(v, first->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.",
						  first->name, first->model->name, second->name, second->model->name);
				psl_error(v->diags, v_line_span(v, second->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.",
						  first->name, first->model->name, second->name, second->model->name);
				psl_error(v->diags, v_line_span(v, first->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields.",
						  first->name, first->model->name, second->name, second->model->name);
				psl_error(v->diags, v_line_span(v, second->ast->span),
						  "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields.",
						  first->name, first->model->name, second->name, second->model->name);
				return;
			}
			if (back->arity == PSL_REQUIRED)
			{
				psl_error(v->diags, v_line_span(v, back->ast->span),
						  "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `%s` to `%s?` to fix this.",
						  back->name, back->model->name, back->type_name, back->type_name);
				return;
			}
		}
		check_fk_side(v, r);
		if (r->kind == PSL_REL_ONE_TO_ONE && fk->rel_fields.len > 0 &&
			fk->rel_fields.len == fk->rel_references.len &&
			!v_field_is_unique_alone(fk->model, &fk->rel_fields))
		{
			if (fk->rel_fields.len == 1)
				psl_error(v->diags, v_line_span(v, fk->ast->span),
						  "Error parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `%s`, or change the relation to one-to-many.",
						  ((PslField *) fk->rel_fields.items[0])->name);
			else
			{
				PslBuf		names;
				int			k;

				psl_buf_init(&names);
				for (k = 0; k < fk->rel_fields.len; k++)
					psl_buf_printf(&names, "%s%s", k ? ", " : "",
								   ((PslField *) fk->rel_fields.items[k])->name);
				psl_error(v->diags, v_line_span(v, fk->ast->span),
						  "Error parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([%s])` attribute to the model, or change the relation to one-to-many.",
						  names.data);
				psl_buf_free(&names);
			}
			return;
		}
		check_actions(v, fk);
		/* Prisma's default: SetNull only when every FK column is nullable */
		r->on_delete = fk->on_delete ? fk->on_delete :
			(all_optional(&fk->rel_fields) ? PSL_ACTION_SET_NULL : PSL_ACTION_RESTRICT);
		r->on_update = fk->on_update ? fk->on_update : PSL_ACTION_CASCADE;
		if (fk->fk_map)
			r->fk_name = fk->fk_map;
		else
		{
			PslVec		cols = {NULL, 0, 0};

			for (i = 0; i < fk->rel_fields.len; i++)
				psl_vec_push(v->arena, &cols, ((PslField *) fk->rel_fields.items[i])->db_name);
			r->fk_name = psl_constraint_name(v->arena, fk->model->db_name, &cols, "fkey");
		}
		if (v->schema->datasource && v->schema->datasource->relation_mode_prisma)
		{
			/* warn when the FK columns are not the leading columns of an index */
			PslModel   *m = fk->model;
			bool		covered = false;
			int			k,
						x;

			for (k = -1; k < m->indexes.len && !covered; k++)
			{
				PslIndex   *idx = k < 0 ? m->primary_key : m->indexes.items[k];
				bool		prefix = idx != NULL && idx->fields.len >= fk->rel_fields.len;

				for (x = 0; prefix && x < fk->rel_fields.len; x++)
					if (((PslIndexField *) idx->fields.items[x])->field != fk->rel_fields.items[x])
						prefix = false;
				covered = prefix;
			}
			if (!covered && fa)
				psl_warning(v->diags, fa->span,
							"With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ");
		}
	}
}

/* Report ambiguous relations; false when there was one. */
bool
v_check_relation_ambiguity(Validator *v)
{
	int			i;

	for (i = 0; i < v->schema->models.len; i++)
		if (!check_ambiguity(v, v->schema->models.items[i]))
			return false;
	return true;
}

bool
v_phase4_relations(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i;

	for (i = 0; i < s->relations.len; i++)
		check_relation(v, s->relations.items[i]);

	/* FK names share a namespace with the table's constraints */
	for (i = 0; i < s->relations.len; i++)
	{
		PslRelation *a = s->relations.items[i];
		int			j;

		if (a->fk_name == NULL || a->fk_field == NULL)
			continue;
		for (j = 0; j < s->relations.len; j++)
		{
			PslRelation *b = s->relations.items[j];

			if (i != j && b->fk_name && b->fk_field && b->fk_field->model == a->fk_field->model &&
				strcmp(a->fk_name, b->fk_name) == 0)
			{
				PslAttribute *ra = relation_attr(a->fk_field);
				PslArgument *map = ra ? psl_attribute_arg(ra, "map", false) : NULL;

				psl_error(v->diags, map ? map->span : a->fk_field->ast->span,
						  "Error parsing attribute \"@relation\": The given constraint name `%s` has to be unique in the following namespace: on model `%s` for primary key, indexes, unique constraints and foreign keys. Please provide a different name using the `map` argument.",
						  a->fk_name, a->fk_field->model->name);
				break;
			}
		}
	}
	return true;
}
